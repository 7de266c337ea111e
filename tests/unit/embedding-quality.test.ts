import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { createCatalogLookup } from '../../lib/catalog/catalog-lookup';
import { embedCatalog } from '../../lib/embedding/embed-catalog';
import { memoryEmbeddingStore } from '../../lib/embedding/embedding-store';
import { searchQuality } from '../../lib/eval/search-eval';
import { dot } from '../../lib/embedding/dot';
import { similarityCorrelation } from '../../lib/eval/similarity-eval';
import { wordOverlap } from '../../lib/search/word-overlap';
import { Bm25 } from '../../lib/search/bm25';
import { searchCatalog } from '../../lib/search/search-catalog';
import { TokenCache } from '../../lib/search/token-cache';
import { dappText } from '../../lib/embedding/dapp-text';
import { loadSearchQueries, loadSimilarityPairs } from '../../scripts/eval/load-eval-data';
import { nodeEmbedder } from '../../scripts/node-embedder';

// Floors a regression of the default model must not fall below (measured: see reports/embedding-eval.json).
const SIMILARITY_FLOOR = 0.18;
const SEARCH_RECALL_FLOOR = 0.6;
const SEARCH_MRR_FLOOR = 0.75;

describe('default model quality on the evaluation sets', () => {
  it('tracks graded similarity better than word overlap, above the floor', async () => {
    const pairs = await loadSimilarityPairs();
    const embedder = await nodeEmbedder();
    const model = await similarityCorrelation(pairs, async (a, b) => {
      const [va, vb] = [await embedder.embed(a), await embedder.embed(b)];
      return va.map((v, i) => dot(v, vb[i]!));
    });
    const overlap = await similarityCorrelation(pairs, async (a, b) => a.map((x, i) => wordOverlap(x, b[i]!)));
    expect(pairs.length).toBeGreaterThanOrEqual(150);
    expect(model).toBeGreaterThan(SIMILARITY_FLOOR);
    expect(model).toBeGreaterThan(overlap);
  });

  it('finds the expected dApps for the search queries better than BM25, above the floor', async () => {
    // The English queries with no special kind: Indonesian, chain-word, typo and off-topic sets have their own figures.
    const queries = (await loadSearchQueries()).filter((q) => q.lang === 'en' && q.kind === undefined);
    const { dapps } = bundledCatalog();
    const embedder = await nodeEmbedder();
    const index = await embedCatalog(embedder, memoryEmbeddingStore(), dapps);
    const lookup = createCatalogLookup(dapps);
    const tokens = new TokenCache(embedder);
    const quality = await searchQuality(queries, async (q) =>
      (await searchCatalog(embedder, index, lookup, q.query, { top: 10, chain: q.chain ?? undefined, tokens, floor: 0 })).results.map((r) => r.id),
    );
    const bm25 = new Bm25(dapps.map((d) => ({ id: d.id, text: dappText(d) })));
    const keyword = await searchQuality(queries, async (q) =>
      bm25.search(q.query, 400).map((h) => h.id).filter((id) => !q.chain || lookup.byId.get(id)!.chains.includes(q.chain)).slice(0, 10),
    );
    expect(queries.length).toBeGreaterThanOrEqual(60);
    expect(quality.recallAt5).toBeGreaterThan(SEARCH_RECALL_FLOOR);
    expect(quality.mrr).toBeGreaterThan(SEARCH_MRR_FLOOR);
    expect(quality.recallAt5).toBeGreaterThan(keyword.recallAt5);
    expect(quality.mrr).toBeGreaterThan(keyword.mrr);
  }, 300_000);
});
