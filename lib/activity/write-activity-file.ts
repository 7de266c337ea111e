import type { ActivityEvent } from './activity-event';
import { ACTIVITY_FORMAT } from './activity-file-schema';
import type { UserData } from './user-data-schema';

export interface WrittenFile {
  text: string;
  events: number;
  /** Events whose stored time no date-time can express (before year 0 or after 9999); left out and counted. */
  unwritable: number;
}

function isoTime(time: number): string | undefined {
  if (!Number.isFinite(time) || Math.abs(time) > 8.64e15) return undefined;
  const iso = new Date(time).toISOString();
  return iso.length === 24 ? iso : undefined;
}

/**
 * Serialises events and user data as a `sextant.activity.v2` document, oldest first, one event per
 * line: readable, diffable, and half the size of indented JSON.
 */
export function writeActivityFile(events: readonly ActivityEvent[], userData: UserData = {}): WrittenFile {
  const lines: string[] = [];
  let unwritable = 0;
  for (const e of [...events].sort((a, b) => a.time - b.time)) {
    const time = isoTime(e.time);
    if (time === undefined) {
      unwritable++;
      continue;
    }
    lines.push(JSON.stringify({ time, origin: e.origin, chainId: e.chainId, method: e.method, params: e.params, outcome: e.outcome }));
  }
  const head = JSON.stringify({ format: ACTIVITY_FORMAT, userData });
  const text = `${head.slice(0, -1)},\n"events": [\n${lines.join(',\n')}\n]}\n`;
  return { text, events: lines.length, unwritable };
}
