import type { DropReason } from './drop-reasons';
import { isEventTime } from './event-time';
import { MAX_OBSERVATION_CHARS, pageObservationSchema, type Observation } from './observation-schema';

/** `count`: how many were dropped for this reason (the observer counts the ones it did not send). */
export type ParsedObservation = { ok: true; observation: Observation } | { ok: false; reason: DropReason; count?: number };

/**
 * Parses a page event's detail. The size check comes first so a huge payload costs nothing to
 * reject. A request is dated `seenAt`, the relay's own clock; the page's date is kept only as data.
 */
export function parseObservation(detail: unknown, seenAt: number): ParsedObservation {
  if (typeof detail !== 'string') return { ok: false, reason: 'invalid-shape' };
  if (detail.length > MAX_OBSERVATION_CHARS) return { ok: false, reason: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(detail);
  } catch {
    return { ok: false, reason: 'malformed-json' };
  }
  const result = pageObservationSchema.safeParse(json);
  if (!result.success) return { ok: false, reason: 'invalid-shape' };
  const o = result.data;
  if (o.type === 'outcome') return { ok: true, observation: o };
  if (o.type === 'dropped') return { ok: false, reason: o.reason, count: o.count };
  const { time: claimed, ...rest } = o;
  return { ok: true, observation: { ...rest, time: seenAt, ...(isEventTime(claimed) ? { pageTime: claimed } : {}) } };
}
