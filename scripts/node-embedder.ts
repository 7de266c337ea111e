import { fileURLToPath } from 'node:url';
import { DEFAULT_MODEL_ID } from '../lib/embedding/default-model';
import type { Embedder } from '../lib/embedding/embedder';
import { createTransformersEmbedder } from '../lib/embedding/transformers-embedder';

/** The models folder the extension ships, used unchanged by the CLI. */
export const MODELS_DIR = fileURLToPath(new URL('../public/models/', import.meta.url));

export function nodeEmbedder(modelId = DEFAULT_MODEL_ID): Promise<Embedder> {
  return createTransformersEmbedder({ modelId, localModelPath: MODELS_DIR, numThreads: 1 });
}
