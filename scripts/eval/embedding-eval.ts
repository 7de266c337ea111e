// Measures the embedding model's quality: sentence similarity against human grades, and catalog
// search against a keyword baseline. Writes reports/embedding-eval.json and prints a table.
// Usage: npm run eval:embedding [-- --model ID]
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { DEFAULT_MODEL_ID } from '../../lib/embedding/default-model';
import { dappText } from '../../lib/embedding/dapp-text';
import { embedCatalog } from '../../lib/embedding/embed-catalog';
import { memoryEmbeddingStore } from '../../lib/embedding/embedding-store';
import { VectorIndex } from '../../lib/embedding/vector-index';
import type { SearchQuery } from '../../lib/eval/eval-data';
import { refusal } from '../../lib/eval/refusal';
import { searchQuality, type SearchQuality } from '../../lib/eval/search-eval';
import { SEARCH_SETS } from '../../lib/eval/search-sets';
import { dot } from '../../lib/embedding/dot';
import { similarityCorrelation } from '../../lib/eval/similarity-eval';
import { Bm25 } from '../../lib/search/bm25';
import { RELEVANCE_FLOOR, searchCatalog } from '../../lib/search/search-catalog';
import { TokenCache } from '../../lib/search/token-cache';
import { wordOverlap } from '../../lib/search/word-overlap';
import { nodeEmbedder } from '../node-embedder';
import { HELD_OUT_SEARCH_QUERIES, loadSearchQueries, loadSimilarityPairs } from './load-eval-data';
import { teacherEmbed } from './teacher';

const { values } = parseArgs({ options: { model: { type: 'string', default: DEFAULT_MODEL_ID }, out: { type: 'string', default: 'reports/embedding-eval.json' } } });
const pairs = await loadSimilarityPairs();
const mainQueries = await loadSearchQueries();
const heldOut = await loadSearchQueries(HELD_OUT_SEARCH_QUERIES);
const queries = [...mainQueries, ...heldOut];
const { dapps } = bundledCatalog();
const lookup = defaultLookup();
const onChain = (q: SearchQuery) => (id: string) => !q.chain || (lookup.byId.get(id)?.chains.includes(q.chain) ?? false);

const embedder = await nodeEmbedder(values.model);
const modelSimilarity = await similarityCorrelation(pairs, async (a, b) => {
  const [va, vb] = [await embedder.embed(a), await embedder.embed(b)];
  return va.map((v, i) => dot(v, vb[i]!));
});
const overlapSimilarity = await similarityCorrelation(pairs, async (a, b) => a.map((x, i) => wordOverlap(x, b[i]!)));

const index = await embedCatalog(embedder, memoryEmbeddingStore(), dapps);
const tokens = new TokenCache(embedder);
// Per query: the ranking with no floor (for retrieval figures), its best score, and whether search as shipped refuses it.
const runs = new Map<SearchQuery, { ids: string[]; best: number; refused: boolean }>();
for (const q of queries) {
  const options = { top: 10, chain: q.chain ?? undefined, tokens };
  const { results } = await searchCatalog(embedder, index, lookup, q.query, { ...options, floor: 0 });
  const { noGoodMatch } = await searchCatalog(embedder, index, lookup, q.query, options);
  runs.set(q, { ids: results.map((r) => r.id), best: results[0]?.score ?? 0, refused: noGoodMatch });
}
const bm25 = new Bm25(dapps.map((d) => ({ id: d.id, text: dappText(d) })));

// The teacher, when tools/model-build is installed: the ceiling the static model was distilled from.
const answerable = queries.filter(SEARCH_SETS.answerable);
const teacherVectors = await teacherEmbed([...pairs.flatMap((p) => [p.a, p.b]), ...dapps.map(dappText), ...answerable.map((q) => q.query)]);
let teacherSimilarity: number | null = null;
let teacherRank: ((q: SearchQuery) => Promise<string[]>) | null = null;
if (teacherVectors) {
  const vec = teacherVectors.map((v) => Float32Array.from(v));
  teacherSimilarity = await similarityCorrelation(pairs, async (a) => a.map((_, i) => dot(vec[2 * i]!, vec[2 * i + 1]!)));
  const catalogStart = pairs.length * 2;
  const teacherIndex = new VectorIndex(dapps.map((d) => d.id), vec.slice(catalogStart, catalogStart + dapps.length), vec[0]!.length);
  const queryVectors = vec.slice(catalogStart + dapps.length);
  teacherRank = async (q) => teacherIndex.topK(queryVectors[answerable.indexOf(q)]!, 400).map((h) => h.id).filter(onChain(q)).slice(0, 10);
}

async function splitReport(inSplit: readonly SearchQuery[]) {
  const sets: Record<string, SearchQuality> = {};
  for (const [name, keep] of Object.entries(SEARCH_SETS)) sets[name] = await searchQuality(inSplit.filter(keep), async (q) => runs.get(q)!.ids);
  const real = inSplit.filter(SEARCH_SETS.answerable);
  const offTopic = inSplit.filter((q) => q.kind === 'off-topic');
  const best = (qs: readonly SearchQuery[]) => qs.map((q) => runs.get(q)!.best);
  const baselines = {
    // The model's first pass alone, with the same query reading (chain words, Indonesian).
    pooledOnly: await searchQuality(real, async (q) => (await searchCatalog(embedder, index, lookup, q.query, { top: 10, chain: q.chain ?? undefined, floor: 0 })).results.map((r) => r.id)),
    // BM25 on the raw query: what keyword search does without the query reading.
    bm25: await searchQuality(real, async (q) => bm25.search(q.query, 400).map((h) => h.id).filter(onChain(q)).slice(0, 10)),
    teacher: teacherRank ? await searchQuality(real, teacherRank) : null,
  };
  return { queries: inSplit.length, sets, refusal: refusal(offTopic.map((q) => runs.get(q)!.refused), real.map((q) => runs.get(q)!.refused)), baselines, bestScores: { offTopic: summary(best(offTopic)), real: summary(best(real)) } };
}

/** Quantiles of best scores, to see where a floor separates off-topic from real queries. */
function summary(xs: readonly number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return { min: at(0), p10: at(0.1), median: at(0.5), p90: at(0.9), max: s[s.length - 1] ?? 0 };
}

const dev = await splitReport(mainQueries.filter((q) => q.split === 'dev'));
const test = await splitReport(mainQueries.filter((q) => q.split === 'test'));
const heldOutTest = await splitReport(heldOut);

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const report = {
  generatedAt: new Date().toISOString(),
  model: values.model,
  similarity: { pairs: pairs.length, spearman: { model: round(modelSimilarity), wordOverlap: round(overlapSimilarity), teacher: teacherSimilarity === null ? null : round(teacherSimilarity) } },
  search: { catalog: dapps.length, floor: RELEVANCE_FLOOR, dev, test, heldOut: heldOutTest },
};
await mkdir(dirname(values.out), { recursive: true });
await writeFile(values.out, JSON.stringify(report, null, 2) + '\n');

console.log(`similarity (${pairs.length} graded pairs), Spearman: model ${report.similarity.spearman.model} · word overlap ${report.similarity.spearman.wordOverlap} · teacher ${report.similarity.spearman.teacher ?? 'n/a'}`);
for (const [split, r] of [['dev', dev], ['test', test], ['held-out test', heldOutTest]] as const) {
  console.log(`search, ${split} split (${r.queries} queries over ${dapps.length} dApps)`);
  const line = (name: string, q: SearchQuality | null) => q && console.log(`  ${name.padEnd(18)} n=${String(q.queries).padStart(3)}  recall@5 ${q.recallAt5.toFixed(3)}  hit@5 ${q.hitAt5.toFixed(3)}  MRR ${q.mrr.toFixed(3)}`);
  for (const [name, q] of Object.entries(r.sets)) line(name, q);
  line('pooled only', r.baselines.pooledOnly);
  line('bm25', r.baselines.bm25);
  line('teacher', r.baselines.teacher);
  console.log(`  floor ${RELEVANCE_FLOOR}: off-topic refused ${r.refusal.offTopicRefused} of ${r.refusal.offTopic}, real wrongly refused ${r.refusal.realRefused} of ${r.refusal.real}`);
  console.log(`  best scores: off-topic ${JSON.stringify(r.bestScores.offTopic)} real ${JSON.stringify(r.bestScores.real)}`);
}
console.log(`wrote ${values.out}`);
