import { parseArgs } from 'node:util';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { chainName } from '../../lib/catalog/chains';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { embedCatalog } from '../../lib/embedding/embed-catalog';
import { memoryEmbeddingStore } from '../../lib/embedding/embedding-store';
import { searchCatalog } from '../../lib/search/search-catalog';
import { TokenCache } from '../../lib/search/token-cache';
import { english } from '../english';
import { nodeEmbedder } from '../node-embedder';
import { positiveInt } from './parse-number';

/** `search "QUERY" [--top 10] [--chain ID] [--model ID] [--json]`: semantic search over the bundled catalog. */
export async function searchCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { top: { type: 'string', default: '10' }, chain: { type: 'string' }, model: { type: 'string' }, json: { type: 'boolean', default: false } },
  });
  const query = positionals.join(' ').trim();
  if (!query) throw new Error('search needs a query, e.g. search "lend my stablecoins for interest"');
  const { dapps } = bundledCatalog();
  const embedder = await nodeEmbedder(values.model);
  const index = await embedCatalog(embedder, memoryEmbeddingStore(), dapps);
  const answer = await searchCatalog(embedder, index, defaultLookup(), query, {
    top: positiveInt(values.top, '--top'),
    chain: values.chain === undefined ? undefined : positiveInt(values.chain, '--chain'),
    tokens: new TokenCache(embedder),
  });
  if (values.json) {
    console.log(JSON.stringify(answer, null, 2));
    return 0;
  }
  if (answer.readAs !== null) console.log(english('searchReadAs', [answer.readAs]));
  if (answer.chains.length > 0) console.log(english('searchOnChains', [answer.chains.map(chainName).join(', ')]));
  if (answer.noGoodMatch) console.log(`${english('noGoodMatchTitle')}. ${english('noGoodMatchBody', [query])}`);
  for (const [i, r] of answer.results.entries()) console.log(`${String(i + 1).padStart(2)}. ${r.name.padEnd(28)} ${r.category.padEnd(18)} ${r.score.toFixed(3)}`);
  return 0;
}
