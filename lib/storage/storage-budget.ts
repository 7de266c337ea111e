import { MAX_STORED_EVENTS } from '../activity/import-limits';
import type { SextantDb, StoredEvent } from './schema';

/**
 * How much one site, and everything together, may store. Real use stays far below: a person who
 * acts ten times a day on one site for thirteen years makes 50,000 events, and real params (calldata
 * of a swap, a typed-data header) are a few hundred bytes. A hostile tab that passes the rate limit
 * with the largest params a page may send (200 kB) stops at this site's byte budget (and all sites at the total) instead of
 * filling the disk; what it is refused is counted as `over-budget`. Nothing stored is ever removed.
 */
export const DEFAULT_BUDGET = {
  perOriginEvents: 50_000,
  perOriginBytes: 64 * 1024 * 1024,
  totalEvents: MAX_STORED_EVENTS,
  totalBytes: 512 * 1024 * 1024,
};

export type BudgetLimits = typeof DEFAULT_BUDGET;

/** A stored event's weight: its params as JSON, the only part a page can make large. */
export function eventBytes(event: Pick<StoredEvent, 'params'>): number {
  return JSON.stringify(event.params).length;
}

/**
 * Admits new events within the budgets. Counts are read from the database on each call; bytes are
 * summed from the stored rows once per worker and kept up to date as events are admitted.
 */
export function createStorageBudget(db: SextantDb, limits: BudgetLimits = DEFAULT_BUDGET) {
  const bytesByOrigin = new Map<string, number>();
  let totalBytes: number | undefined;

  async function allBytes(): Promise<number> {
    if (totalBytes !== undefined) return totalBytes;
    let sum = 0;
    await db.events.each((e) => void (sum += eventBytes(e)));
    totalBytes = sum;
    return sum;
  }

  async function originBytes(origin: string): Promise<number> {
    const known = bytesByOrigin.get(origin);
    if (known !== undefined) return known;
    let sum = 0;
    await db.events.where('origin').equals(origin).each((e) => void (sum += eventBytes(e)));
    bytesByOrigin.set(origin, sum);
    return sum;
  }

  return {
    /** The events that fit, in order; the caller counts the rest as dropped. */
    async admit(origin: string, events: StoredEvent[]): Promise<StoredEvent[]> {
      if (events.length === 0) return events;
      const [total, count, bytes, everything] = await Promise.all([db.events.count(), db.events.where('origin').equals(origin).count(), originBytes(origin), allBytes()]);
      let room = Math.min(limits.totalEvents - total, limits.perOriginEvents - count);
      let used = bytes;
      let usedAll = everything;
      const admitted: StoredEvent[] = [];
      for (const e of events) {
        const size = eventBytes(e);
        if (room <= 0 || used + size > limits.perOriginBytes || usedAll + size > limits.totalBytes) continue;
        admitted.push(e);
        room--;
        used += size;
        usedAll += size;
      }
      bytesByOrigin.set(origin, used);
      totalBytes = usedAll;
      return admitted;
    },
  };
}

export type StorageBudget = ReturnType<typeof createStorageBudget>;
