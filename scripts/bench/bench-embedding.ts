import { join } from 'node:path';
import { AutoTokenizer, env } from '@xenova/transformers';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { DEFAULT_MODEL_ID } from '../../lib/embedding/default-model';
import { dappText } from '../../lib/embedding/dapp-text';
import { dot } from '../../lib/embedding/dot';
import { MODELS_DIR, nodeEmbedder } from '../node-embedder';
import { measureThroughput, perSecond, THROUGHPUT_SENTENCES, type ThroughputFigures } from './embedding-throughput';
import { time, type Timing } from './measure';
import { lookupAndAverage, readStaticTable } from './static-table';

export interface EmbeddingFigures extends ThroughputFigures {
  plainLoop: Timing & { sentencesPerSecond: number; agreement: number };
  transformersOverhead: number;
}

/** Model load, throughput at batch 1 and 32, a cold catalog embedding, and the plain-loop floor, in Node. */
export async function benchEmbedding(runs: number): Promise<EmbeddingFigures> {
  const { dapps } = bundledCatalog();
  const sentences = dapps.slice(0, THROUGHPUT_SENTENCES).map(dappText);
  const { figures, embedder } = await measureThroughput(nodeEmbedder, dapps, runs, 'onnxruntime-node');

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
  const agreement = Math.min(...ids.map((t, i) => dot(lookupAndAverage(t, table, scales, dimensions), reference[i]!)));

  return {
    ...figures,
    plainLoop: { ...loop, sentencesPerSecond: perSecond(loop, sentences.length), agreement: Math.round(agreement * 1e6) / 1e6 },
    transformersOverhead: Math.round((figures.batch32.median / loop.median) * 10) / 10,
  };
}

