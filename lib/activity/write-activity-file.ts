import type { ActivityEvent } from './activity-event';
import { ACTIVITY_FORMAT } from './activity-file-schema';
import { toIsoTime } from './event-time';

/** Serialises events as a `sextant.activity.v1` document, oldest first. */
export function writeActivityFile(events: readonly ActivityEvent[]): string {
  const sorted = [...events].sort((a, b) => a.time - b.time);
  return JSON.stringify(
    {
      format: ACTIVITY_FORMAT,
      events: sorted.map((e) => ({
        time: toIsoTime(e.time),
        origin: e.origin,
        chainId: e.chainId,
        method: e.method,
        params: e.params,
        outcome: e.outcome,
      })),
    },
    null,
    2,
  );
}
