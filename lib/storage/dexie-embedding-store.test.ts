import { afterEach, describe, expect, it } from 'vitest';
import type { Embedder } from '../embedding/embedder';
import { embedCached } from '../embedding/embed-cached';
import { dexieEmbeddingStore, pruneStaleEmbeddings } from './dexie-embedding-store';
import { openDb } from './schema';

/** A deterministic stand-in model that counts how many texts it was asked to embed. */
function countingEmbedder(modelId: string, cacheKey = modelId) {
  const seen: string[] = [];
  const embedder: Embedder = {
    modelId,
    cacheKey,
    dimensions: 2,
    embed: async (texts) => (seen.push(...texts), texts.map((t) => Float32Array.of(t.length, 1))),
    embedTokens: async () => {
      throw new Error('not used by the cache');
    },
  };
  return { embedder, seen };
}

const db = openDb('embeddings-' + Math.random());
afterEach(() => db.embeddings.clear());

describe('embedding cache in IndexedDB', () => {
  it('embeds each text once per model and returns cached vectors after', async () => {
    const store = dexieEmbeddingStore(db);
    const a = countingEmbedder('model-a');
    const first = await embedCached(a.embedder, store, ['aave', 'uniswap', 'lido']);
    const again = await embedCached(a.embedder, store, ['lido', 'aave', 'curve']);
    expect(a.seen).toEqual(['aave', 'uniswap', 'lido', 'curve']);
    expect(Array.from(again[0]!)).toEqual(Array.from(first[2]!));
    expect(again[0]).toBeInstanceOf(Float32Array);

    const b = countingEmbedder('model-b');
    await embedCached(b.embedder, store, ['aave']);
    expect(b.seen).toEqual(['aave']);
    expect(await db.embeddings.count()).toBe(5);
  });

  it('does not reuse vectors when the same model folder holds new weights', async () => {
    const store = dexieEmbeddingStore(db);
    await embedCached(countingEmbedder('model-a', 'model-a@1111').embedder, store, ['aave', 'lido']);
    const updated = countingEmbedder('model-a', 'model-a@2222');
    await embedCached(updated.embedder, store, ['aave', 'lido']);
    expect(updated.seen).toEqual(['aave', 'lido']);

    // The old weights' rows go; another model's cache, and one whose id merely starts alike, stay.
    await embedCached(countingEmbedder('model-b', 'model-b@3333').embedder, store, ['aave']);
    await embedCached(countingEmbedder('model-a-large', 'model-a-large@4444').embedder, store, ['aave']);
    await store.put('model-a', [{ hash: 'legacy', vector: Float32Array.of(1, 0) }]);
    expect(await pruneStaleEmbeddings(db, 'model-a', 'model-a@2222')).toBe(3);
    expect((await db.embeddings.toArray()).map((r) => r.model).sort()).toEqual(['model-a-large@4444', 'model-a@2222', 'model-a@2222', 'model-b@3333']);
  });

  it('reports progress up to the total', async () => {
    const progress: number[] = [];
    await embedCached(countingEmbedder('model-c').embedder, dexieEmbeddingStore(db), ['a', 'b', 'c'], (p) => progress.push(p.done), 2);
    expect(progress).toEqual([0, 2, 3]);
  });
});
