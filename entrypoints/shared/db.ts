import { sendMessage } from '@/lib/messaging/protocol';
import { openDb } from '@/lib/storage/schema';
import type { StorageProblemKey } from '@/lib/storage/storage-problem';
import { watchDatabase, type DatabaseHealth } from '@/lib/storage/watch-database';

/** Extension pages read the same database the background writes; they never write to it. */
export const db = openDb();

let health: DatabaseHealth = { ok: true };
const listeners = new Set<() => void>();

// What this page's own connection meets (blocked, closed, failing) is shown on the page (see
// storage-guard.tsx) and recorded by the background in "Recent errors".
watchDatabase(db, (next) => {
  health = next;
  listeners.forEach((listener) => listener());
  if (next.ok) return;
  const key = next.problem.key as StorageProblemKey;
  sendMessage('reportError', { where: 'storage (page)', message: key, problem: key }).catch((e: unknown) => console.warn('Sextant: could not record a storage problem', e));
});

/** This page's database connection, for useSyncExternalStore. */
export const databaseHealth = {
  get: (): DatabaseHealth => health,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
