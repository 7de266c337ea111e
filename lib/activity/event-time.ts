/**
 * Event times are the extension's, never the page's: a page controls its own `Date.now`, and one
 * forged date must not reorder, outweigh or break anything (a date past year 9999 cannot even be
 * written as an ISO string). The page's claim is kept beside the event as `pageTime`, only as data.
 */

/** Ethereum's genesis (2015-07-30): no wallet action is older. */
export const MIN_EVENT_TIME = Date.UTC(2015, 6, 30);
/** The last instant an ISO 8601 date-time with a four-digit year can name. */
export const MAX_EVENT_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
/**
 * How long after the relay saw it an observation may still arrive with its own time: a queue
 * persisted by a page that was closed while the worker slept is drained when the browser next wakes
 * the extension, which can be days later.
 */
export const MAX_DELIVERY_DELAY_MS = 30 * 86_400_000;

export function isEventTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= MIN_EVENT_TIME && value <= MAX_EVENT_TIME;
}

/** The time to store: when the relay saw it, but never later than now nor older than the delivery window allows. */
export function receiptTime(seenAt: number, now: number): number {
  const latest = isEventTime(now) ? now : MAX_EVENT_TIME;
  const earliest = Math.max(MIN_EVENT_TIME, latest - MAX_DELIVERY_DELAY_MS);
  if (!Number.isFinite(seenAt)) return latest;
  return Math.min(latest, Math.max(earliest, Math.trunc(seenAt)));
}
