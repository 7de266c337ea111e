import type { DropReason } from './drop-reasons';
import { MAX_OBSERVATION_CHARS, observationSchema, type Observation } from './observation-schema';

export type ParsedObservation = { ok: true; observation: Observation } | { ok: false; reason: DropReason };

/** Parses a page event's detail. The size check comes first so a huge payload costs nothing to reject. */
export function parseObservation(detail: unknown): ParsedObservation {
  if (typeof detail !== 'string') return { ok: false, reason: 'invalid-shape' };
  if (detail.length > MAX_OBSERVATION_CHARS) return { ok: false, reason: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(detail);
  } catch {
    return { ok: false, reason: 'malformed-json' };
  }
  const result = observationSchema.safeParse(json);
  return result.success ? { ok: true, observation: result.data } : { ok: false, reason: 'invalid-shape' };
}
