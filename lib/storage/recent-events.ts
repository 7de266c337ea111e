import type { SextantDb, StoredEvent } from './schema';

export function recentEvents(db: SextantDb, limit = 50): Promise<StoredEvent[]> {
  return db.events.orderBy('time').reverse().limit(limit).toArray();
}
