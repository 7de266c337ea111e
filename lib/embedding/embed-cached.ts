import type { Embedder, ProgressListener } from './embedder';
import type { EmbeddingStore } from './embedding-store';
import { textHash } from './text-hash';

/**
 * Embeds texts, reusing what the store already holds for this model and text, and storing what
 * it computes. Reports progress per batch so a first run can show a bar.
 */
export async function embedCached(embedder: Embedder, store: EmbeddingStore, texts: readonly string[], onProgress?: ProgressListener, batchSize = 64): Promise<Float32Array[]> {
  const hashes = await Promise.all(texts.map(textHash));
  const found = await store.get(embedder.cacheKey, hashes);
  const missing = found.flatMap((v, i) => (v ? [] : [i]));
  onProgress?.({ phase: 'embed', done: texts.length - missing.length, total: texts.length });
  for (let start = 0; start < missing.length; start += batchSize) {
    const slice = missing.slice(start, start + batchSize);
    const vectors = await embedder.embed(slice.map((i) => texts[i]!));
    slice.forEach((i, j) => (found[i] = vectors[j]));
    await store.put(embedder.cacheKey, slice.map((i, j) => ({ hash: hashes[i]!, vector: vectors[j]! })));
    onProgress?.({ phase: 'embed', done: texts.length - missing.length + start + slice.length, total: texts.length });
  }
  return found as Float32Array[];
}
