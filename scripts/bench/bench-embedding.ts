import { join } from 'node:path';
import { AutoTokenizer, env } from '@xenova/transformers';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { DEFAULT_MODEL_ID } from '../../lib/embedding/default-model';
import { dappText } from '../../lib/embedding/dapp-text';
import { embedCatalog } from '../../lib/embedding/embed-catalog';
import { memoryEmbeddingStore } from '../../lib/embedding/embedding-store';
import { cosine } from '../../lib/eval/similarity-eval';
import { MODELS_DIR, nodeEmbedder } from '../node-embedder';
import { time, type Timing } from './measure';
import { lookupAndAverage, readStaticTable } from './static-table';

export interface EmbeddingFigures {
  modelLoad: Timing;
  batch1: Timing & { sentencesPerSecond: number };
  batch32: Timing & { sentencesPerSecond: number };
  catalogCold: Timing & { dapps: number };
  plainLoop: Timing & { sentencesPerSecond: number; agreement: number };
  transformersOverhead: number;
}

const perSecond = (t: Timing, sentences: number) => Math.round((sentences / t.median) * 1000);

/** Model load, throughput at batch 1 and 32, a cold catalog embedding, and the plain-loop floor, in Node. */
export async function benchEmbedding(runs: number): Promise<EmbeddingFigures> {
  const texts = bundledCatalog().dapps.map(dappText);
  const sentences = texts.slice(0, 64);
  const modelLoad = await time(`load ${DEFAULT_MODEL_ID} through Transformers.js (onnxruntime-node)`, runs, () => nodeEmbedder(), 1);
  const embedder = await nodeEmbedder();

  const b1 = await time(`embed ${sentences.length} catalog texts one at a time`, runs, async () => {
    for (const s of sentences) await embedder.embed([s]);
  });
  const b32 = await time(`embed ${sentences.length} catalog texts in batches of 32`, runs, () => embedder.embed(sentences));
  const catalogCold = await time(`embed the bundled catalog (${texts.length} dApps) with an empty cache`, runs, () => embedCatalog(embedder, memoryEmbeddingStore(), bundledCatalog().dapps));

  // The same computation as a plain loop over the same token ids: what Transformers.js adds on top.
  env.localModelPath = MODELS_DIR;
  env.allowRemoteModels = false;
  const tokenizer = await AutoTokenizer.from_pretrained(DEFAULT_MODEL_ID);
  const ids = sentences.map((s) => Array.from((tokenizer(s) as { input_ids: { data: BigInt64Array } }).input_ids.data, Number));
  const { table, scales, dimensions } = await readStaticTable(join(MODELS_DIR, DEFAULT_MODEL_ID, 'onnx/model_quantized.onnx'));
  const loop = await time(`look up and average the token rows of the same ${sentences.length} texts (tokenized beforehand)`, runs, () =>
    ids.map((t) => lookupAndAverage(t, table, scales, dimensions)),
  );
  const reference = await embedder.embed(sentences);
  const agreement = Math.min(...ids.map((t, i) => cosine(lookupAndAverage(t, table, scales, dimensions), reference[i]!)));

  return {
    modelLoad,
    batch1: { ...b1, sentencesPerSecond: perSecond(b1, sentences.length) },
    batch32: { ...b32, sentencesPerSecond: perSecond(b32, sentences.length) },
    catalogCold: { ...catalogCold, dapps: texts.length },
    plainLoop: { ...loop, sentencesPerSecond: perSecond(loop, sentences.length), agreement: Math.round(agreement * 1e6) / 1e6 },
    transformersOverhead: Math.round((b32.median / loop.median) * 10) / 10,
  };
}

