/** One row of the popup's compact activity: what happened on one site on one day. */
export interface SiteDay<T> {
  site: string | null;
  /** Local midnight of the day, as a time. */
  day: number;
  events: T[];
}

const midnight = (time: number) => new Date(time).setHours(0, 0, 0, 0);

/**
 * Groups events (newest first) by site and local day, newest group first, and keeps the first
 * `limit` groups: a session of ten clicks on one site reads as one line, not ten.
 */
export function groupBySiteDay<T extends { time: number; origin: string | null }>(events: readonly T[], limit: number): SiteDay<T>[] {
  const groups = new Map<string, SiteDay<T>>();
  for (const e of [...events].sort((a, b) => b.time - a.time)) {
    const day = midnight(e.time);
    const key = `${e.origin ?? ''} ${day}`;
    const group = groups.get(key);
    if (group) group.events.push(e);
    else if (groups.size < limit) groups.set(key, { site: e.origin, day, events: [e] });
  }
  return [...groups.values()];
}
