import { isEventTime } from '../activity/event-time';
import type { SextantDb } from './schema';

/**
 * Rows stored while pages still dated their own events can lie in the future (one forged date
 * outweighed every real event, or could not be formatted at all). The background dates them now,
 * the earliest honest time it knows, and keeps the page's claim as `pageTime` when it was a date.
 * Nothing is deleted. Returns how many rows were repaired.
 */
export async function repairEventTimes(db: SextantDb, now: number): Promise<number> {
  return db.transaction('rw', db.events, () =>
    db.events
      .where('time')
      .above(now)
      .modify((e) => {
        if (e.pageTime === undefined && isEventTime(e.time)) e.pageTime = e.time;
        e.time = now;
      }),
  );
}
