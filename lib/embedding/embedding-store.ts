/** Where embeddings are kept between runs: IndexedDB in the extension, memory in the CLI. */
export interface EmbeddingStore {
  get(model: string, hashes: readonly string[]): Promise<(Float32Array | undefined)[]>;
  put(model: string, rows: readonly { hash: string; vector: Float32Array }[]): Promise<void>;
}

export function memoryEmbeddingStore(): EmbeddingStore {
  const rows = new Map<string, Float32Array>();
  return {
    get: async (model, hashes) => hashes.map((h) => rows.get(`${model}:${h}`)),
    put: async (model, list) => void list.forEach((r) => rows.set(`${model}:${r.hash}`, r.vector)),
  };
}
