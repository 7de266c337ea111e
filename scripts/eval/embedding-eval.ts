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
import { searchQuality } from '../../lib/eval/search-eval';
import { dot } from '../../lib/embedding/dot';
import { similarityCorrelation } from '../../lib/eval/similarity-eval';
import { Bm25 } from '../../lib/search/bm25';
import { searchCatalog } from '../../lib/search/search-catalog';
import { TokenCache } from '../../lib/search/token-cache';
import { wordOverlap } from '../../lib/search/word-overlap';
import { nodeEmbedder } from '../node-embedder';
import { loadSearchQueries, loadSimilarityPairs } from './load-eval-data';
import { teacherEmbed } from './teacher';

const { values } = parseArgs({ options: { model: { type: 'string', default: DEFAULT_MODEL_ID }, out: { type: 'string', default: 'reports/embedding-eval.json' } } });
const pairs = await loadSimilarityPairs();
const queries = (await loadSearchQueries()).filter((q) => q.kind !== 'off-topic');
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
const modelSearch = await searchQuality(queries, async (q) =>
  (await searchCatalog(embedder, index, lookup, q.query, { top: 10, chain: q.chain ?? undefined, tokens })).map((r) => r.id),
);
const pooledSearch = await searchQuality(queries, async (q) =>
  (await searchCatalog(embedder, index, lookup, q.query, { top: 10, chain: q.chain ?? undefined })).map((r) => r.id),
);
const bm25 = new Bm25(dapps.map((d) => ({ id: d.id, text: dappText(d) })));
const bm25Search = await searchQuality(queries, async (q) => bm25.search(q.query, 400).map((h) => h.id).filter(onChain(q)).slice(0, 10));

// The teacher, when tools/model-build is installed: the ceiling the static model was distilled from.
const teacherVectors = await teacherEmbed([...pairs.flatMap((p) => [p.a, p.b]), ...dapps.map(dappText), ...queries.map((q) => q.query)]);
let teacher: { similarity: number; search: Awaited<ReturnType<typeof searchQuality>> } | null = null;
if (teacherVectors) {
  const vec = teacherVectors.map((v) => Float32Array.from(v));
  const teacherSimilarity = await similarityCorrelation(pairs, async (a) => a.map((_, i) => dot(vec[2 * i]!, vec[2 * i + 1]!)));
  const catalogStart = pairs.length * 2;
  const teacherIndex = new VectorIndex(dapps.map((d) => d.id), vec.slice(catalogStart, catalogStart + dapps.length), vec[0]!.length);
  const queryVectors = vec.slice(catalogStart + dapps.length);
  const teacherSearch = await searchQuality(queries, async (q) => {
    const qv = queryVectors[queries.indexOf(q)]!;
    return teacherIndex.topK(qv, 400).map((h) => h.id).filter(onChain(q)).slice(0, 10);
  });
  teacher = { similarity: teacherSimilarity, search: teacherSearch };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const report = {
  generatedAt: new Date().toISOString(),
  model: values.model,
  similarity: { pairs: pairs.length, spearman: { model: round(modelSimilarity), wordOverlap: round(overlapSimilarity), teacher: teacher ? round(teacher.similarity) : null } },
  search: { queries: queries.length, catalog: dapps.length, model: modelSearch, modelPooledOnly: pooledSearch, bm25: bm25Search, teacher: teacher?.search ?? null },
};
await mkdir(dirname(values.out), { recursive: true });
await writeFile(values.out, JSON.stringify(report, null, 2) + '\n');

console.log(`similarity (${pairs.length} graded pairs), Spearman: model ${report.similarity.spearman.model} · word overlap ${report.similarity.spearman.wordOverlap} · teacher ${report.similarity.spearman.teacher ?? 'n/a'}`);
console.log(`search (${queries.length} queries over ${dapps.length} dApps)`);
for (const [name, q] of [['model', modelSearch], ['pooled', pooledSearch], ['bm25', bm25Search], ['teacher', teacher?.search]] as const) {
  if (q) console.log(`  ${name.padEnd(8)} recall@5 ${q.recallAt5.toFixed(3)}  hit@5 ${q.hitAt5.toFixed(3)}  MRR ${q.mrr.toFixed(3)}`);
}
console.log(`wrote ${values.out}`);
