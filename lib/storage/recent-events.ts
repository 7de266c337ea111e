import type { SextantDb, StoredEvent } from './schema';

export function recentEvents(db: SextantDb, limit = 50): Promise<StoredEvent[]> {
  return db.events.orderBy('time').reverse().limit(limit).toArray();
}

/** Whether any activity is stored, reading one key (not the events). */
export async function hasEvents(db: SextantDb): Promise<boolean> {
  return (await db.events.limit(1).primaryKeys()).length > 0;
}
