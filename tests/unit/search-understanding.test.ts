import { beforeAll, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { createCatalogLookup, type CatalogLookup } from '../../lib/catalog/catalog-lookup';
import { embedCatalog } from '../../lib/embedding/embed-catalog';
import type { Embedder } from '../../lib/embedding/embedder';
import { memoryEmbeddingStore } from '../../lib/embedding/embedding-store';
import type { VectorIndex } from '../../lib/embedding/vector-index';
import { searchCatalog, type SearchOptions } from '../../lib/search/search-catalog';
import { TokenCache } from '../../lib/search/token-cache';
import { nodeEmbedder } from '../../scripts/node-embedder';

// Search with the shipped model and catalog: Indonesian, chain words and the relevance floor end to end.
let embedder: Embedder;
let index: VectorIndex;
let lookup: CatalogLookup;
let tokens: TokenCache;
const search = (query: string, options: SearchOptions = {}) => searchCatalog(embedder, index, lookup, query, { top: 10, tokens, ...options });

beforeAll(async () => {
  const { dapps } = bundledCatalog();
  embedder = await nodeEmbedder();
  index = await embedCatalog(embedder, memoryEmbeddingStore(), dapps);
  lookup = createCatalogLookup(dapps);
  tokens = new TokenCache(embedder);
}, 120_000);

describe('search reads the query before embedding it', () => {
  it('answers an Indonesian query with the dApps its English counterpart finds', async () => {
    const id = await search('pasar prediksi pemilu');
    const en = await search('prediction market for elections');
    expect(id.results[0]?.id).toBe('polymarket');
    expect(id.results.slice(0, 5).map((r) => r.id)).toEqual(en.results.slice(0, 5).map((r) => r.id));
  });

  it('restricts results to a chain the query names, in either language', async () => {
    for (const query of ['swap murah di Arbitrum', 'cheap swap on Arbitrum']) {
      const { results, chains } = await search(query);
      expect(chains).toEqual([42161]);
      expect(results.length).toBe(10);
      for (const r of results) expect(lookup.byId.get(r.id)!.chains).toContain(42161);
    }
  });

  it('says there is no good match for gibberish and off-topic queries, and answers real ones', async () => {
    for (const query of ['asdfghjkl', 'resep nasi goreng', 'how tall is mount everest']) {
      expect(await search(query)).toMatchObject({ noGoodMatch: true, results: [] });
    }
    const real = await search('lend my stablecoins for interest');
    expect(real.noGoodMatch).toBe(false);
    expect(real.results.length).toBe(10);
  });

  it('reads misspellings as the catalog words they are closest to, in either language', async () => {
    const uniswp = await search('uniswp');
    expect(uniswp.readAs).toBe('uniswap');
    expect(uniswp.results[0]?.id).toBe('uniswap');
    expect((await search('uniswap')).readAs).toBeNull();
    const staking = new Set(['lido', 'rocket-pool', 'stakewise', 'stader', 'swell', 'stakestone', 'frax', 'ether-fi', 'ankr']);
    expect((await search('stakng eth')).results.slice(0, 3).every((r) => staking.has(r.id))).toBe(true);
    const lending = (await search('pinjm usdc')).results.slice(0, 5).map((r) => lookup.byId.get(r.id)!.category);
    expect(lending.filter((c) => c === 'lending').length).toBeGreaterThanOrEqual(4);
  });

  it('puts the dApp a query names first', async () => {
    for (const [query, id] of [['aave', 'aave'], ['rocket pool', 'rocket-pool'], ['sky', 'sky'], ['opensea di base', 'opensea']] as const) {
      expect((await search(query)).results[0]?.id).toBe(id);
    }
  });

  it('matches Indonesian words the lexicon lacks in the Indonesian descriptions', async () => {
    // "mencicil" (paying off in instalments) and "efisien" are in no lexicon, only in Alchemix's and Fluid's Indonesian descriptions.
    expect((await search('mencicil')).results[0]?.id).toBe('alchemix');
    expect((await search('pinjaman yang mencicil sendiri')).results[0]?.id).toBe('alchemix');
    expect((await search('efisien modal')).results[0]?.id).toBe('fluid');
  });
});
