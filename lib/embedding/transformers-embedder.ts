import type { Embedder, ProgressListener } from './embedder';
import type { TokenVectors } from './token-vectors';

export interface TransformersEmbedderOptions {
  /** Folder name under `localModelPath`, e.g. "sextant-use-static-256" or "Xenova/all-MiniLM-L6-v2". */
  modelId: string;
  /** Where model folders live: a file path in Node, the extension's /models/ URL in the browser. */
  localModelPath: string;
  /** Where the ONNX runtime's WASM files are served from (browser only). */
  wasmPaths?: string;
  /**
   * Set explicitly: the default depends on the user's core count, and the threaded runtime fails
   * in a service worker, so a test on 2 cores could pass while an 8-core user breaks.
   */
  numThreads: number;
  /** What the embedding cache is keyed by (see Embedder.cacheKey); the model id when not given. */
  cacheKey?: string;
  /** Texts per model call. */
  batchSize?: number;
  onProgress?: ProgressListener;
}

type Extractor = ((texts: string[], options: { pooling: 'mean' | 'none'; normalize: boolean }) => Promise<{ data: Float32Array; dims: number[] }>) & {
  tokenizer?: { model?: { tokens_to_ids?: ReadonlyMap<string, number> } };
};

/** Loads a Transformers.js feature-extraction model from local files only; nothing is fetched from outside. */
export async function createTransformersEmbedder(options: TransformersEmbedderOptions): Promise<Embedder> {
  const { env, pipeline } = await import('@xenova/transformers');
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.useBrowserCache = false;
  env.localModelPath = options.localModelPath;
  env.backends.onnx.wasm.numThreads = options.numThreads;
  if (options.wasmPaths) env.backends.onnx.wasm.wasmPaths = options.wasmPaths;

  const loaded = new Map<string, { loaded: number; total: number }>();
  const extractor = (await pipeline('feature-extraction', options.modelId, {
    quantized: true,
    progress_callback: (p: { status: string; file?: string; loaded?: number; total?: number }) => {
      if (p.status !== 'progress' || !p.file) return;
      loaded.set(p.file, { loaded: p.loaded ?? 0, total: p.total ?? 0 });
      const sum = [...loaded.values()].reduce((a, f) => ({ loaded: a.loaded + f.loaded, total: a.total + f.total }), { loaded: 0, total: 0 });
      options.onProgress?.({ phase: 'load-model', done: sum.loaded, total: sum.total });
    },
  })) as unknown as Extractor;

  const probe = await extractor(['probe'], { pooling: 'mean', normalize: true });
  const dimensions = probe.dims.at(-1)!;
  const batchSize = options.batchSize ?? 32;
  const vocabulary = extractor.tokenizer?.model?.tokens_to_ids;

  return {
    modelId: options.modelId,
    cacheKey: options.cacheKey ?? options.modelId,
    dimensions,
    async embed(texts) {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += batchSize) {
        const batch = texts.slice(i, i + batchSize);
        const { data } = await extractor(batch, { pooling: 'mean', normalize: true });
        for (let j = 0; j < batch.length; j++) {
          const v = data.slice(j * dimensions, (j + 1) * dimensions);
          // A text with no known token pools to zero, which normalising turns into NaN.
          if (Number.isNaN(v[0])) v.fill(0);
          out.push(v);
        }
      }
      return out;
    },
    // A whole-word entry, bare (WordPiece) or with the word-start mark of byte-level BPE or SentencePiece.
    knowsWord: vocabulary ? (word) => vocabulary.has(word) || vocabulary.has(`Ġ${word}`) || vocabulary.has(`▁${word}`) : undefined,
    async embedTokens(texts) {
      const out: TokenVectors[] = [];
      // One text at a time: no padding to strip, and for a static model batching gains nothing.
      for (const text of texts) {
        const { data, dims } = await extractor([text], { pooling: 'none', normalize: false });
        const count = dims[1]!;
        const rows: number[] = [];
        const weights: number[] = [];
        for (let t = 0; t < count; t++) {
          let norm = 0;
          for (let k = 0; k < dimensions; k++) norm += data[t * dimensions + k]! ** 2;
          if (norm > 0) {
            rows.push(t);
            weights.push(Math.sqrt(norm));
          }
        }
        const unit = new Float32Array(rows.length * dimensions);
        rows.forEach((t, r) => {
          for (let k = 0; k < dimensions; k++) unit[r * dimensions + k] = data[t * dimensions + k]! / weights[r]!;
        });
        out.push({ dimensions, data: unit, weights: Float32Array.from(weights) });
      }
      return out;
    },
  };
}
