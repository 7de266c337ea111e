import Dexie from 'dexie';
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
  // Key ranges only (no vectors read): the legacy key itself, and every "<modelId>@…" key.
  const keysIn = (from: string, to: string) => db.embeddings.where('[model+hash]').between([from, Dexie.minKey], [to, Dexie.maxKey], true, true).primaryKeys();
  const stale = [...(await keysIn(modelId, modelId)), ...(await keysIn(`${modelId}@`, `${modelId}@\uffff`))].filter(([model]) => model !== keep);
  await db.embeddings.bulkDelete(stale);
  return stale.length;
}
