// Bundled by the benchmark and evaluated inside the extension's service worker, so the model runs
// where it runs for users: Transformers.js on onnxruntime-web's WASM, served from the extension.
import { bundledCatalog } from '../../../lib/catalog/bundled-catalog';
import { DEFAULT_MODEL_ID } from '../../../lib/embedding/default-model';
import { createTransformersEmbedder } from '../../../lib/embedding/transformers-embedder';
import { measureThroughput } from '../embedding-throughput';

const load = () =>
  createTransformersEmbedder({
    modelId: DEFAULT_MODEL_ID,
    localModelPath: chrome.runtime.getURL('/models/'),
    wasmPaths: chrome.runtime.getURL('/wasm/'),
    numThreads: 1,
  });

(globalThis as unknown as { sextantModelBench: unknown }).sextantModelBench = {
  run: async (runs: number) => (await measureThroughput(load, bundledCatalog().dapps, runs, 'onnxruntime-web WASM in the service worker')).figures,
};
