import type { EmbeddingStore } from '../embedding/embedding-store';
import type { SextantDb } from './schema';

/** The embedding cache in IndexedDB: vectors survive restarts, so a catalog is embedded once per model. */
export function dexieEmbeddingStore(db: SextantDb): EmbeddingStore {
  return {
    async get(model, hashes) {
      const rows = await db.embeddings.bulkGet(hashes.map((h) => [model, h] as [string, string]));
      return rows.map((r) => r?.vector);
    },
    async put(model, rows) {
      await db.embeddings.bulkPut(rows.map((r) => ({ model, hash: r.hash, vector: r.vector })));
    },
  };
}

/**
 * Deletes a model's vectors cached under any other key than `keep` (earlier weights of the same
 * folder, or rows from before keys carried a fingerprint). Other models' caches stay.
 */
export async function pruneStaleEmbeddings(db: SextantDb, modelId: string, keep: string): Promise<number> {
  return db.embeddings.filter((r) => r.model !== keep && (r.model === modelId || r.model.startsWith(`${modelId}@`))).delete();
}
