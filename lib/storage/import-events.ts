import type { ActivityEvent } from '../activity/activity-event';
import { eventKey } from '../activity/event-key';
import { enrichEvent } from '../attribution/enrich-event';
import type { CatalogLookup } from '../catalog/catalog-lookup';
import type { SextantDb, StoredEvent } from './schema';

export interface ImportCounts {
  added: number;
  /** Events already stored (same identity, or the same transaction hash). */
  duplicates: number;
}

const txHashOf = (e: ActivityEvent) => (e.outcome.status === 'ok' && e.outcome.txHash ? e.outcome.txHash : undefined);

/**
 * Stores events that are not stored yet, in one transaction. An event is already there when its
 * transaction hash is stored (whichever source recorded it: page, file or explorer), or when as
 * many events with its identity are stored as the batch holds: two identical requests a page
 * really made are both kept, and importing the same file again adds nothing.
 */
export async function importEvents(db: SextantDb, events: readonly ActivityEvent[], lookup: CatalogLookup): Promise<ImportCounts> {
  const keyed = events.map((e) => ({ e, key: eventKey(e), tx: txHashOf(e) }));
  const toAdd: StoredEvent[] = [];
  await db.transaction('rw', db.events, async () => {
    const hashes = keyed.flatMap((k) => (k.tx ? [k.tx] : []));
    const storedTx = new Set((await db.events.where('outcome.txHash').anyOf(hashes).toArray()).map((e) => (e.outcome as { txHash: string }).txHash.toLowerCase()));
    const storedCount = new Map<string, number>();
    for (const key of await db.events.where('key').anyOf(keyed.map((k) => k.key)).keys()) storedCount.set(String(key), (storedCount.get(String(key)) ?? 0) + 1);
    for (const { e, key, tx } of keyed) {
      if (tx && storedTx.has(tx)) continue;
      const left = storedCount.get(key) ?? 0;
      if (left > 0) {
        storedCount.set(key, left - 1);
        continue;
      }
      if (tx) storedTx.add(tx);
      toAdd.push({ ...e, key });
    }
    await db.events.bulkAdd(toAdd.map((e) => ({ ...e, ...enrichEvent(lookup, e) })));
  });
  return { added: toAdd.length, duplicates: events.length - toAdd.length };
}
