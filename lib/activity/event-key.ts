import { sha256, stringToHex } from 'viem';
import type { ActivityEvent } from './activity-event';

export type KeyedFields = Pick<ActivityEvent, 'origin' | 'time' | 'method' | 'params'>;

/**
 * An event's identity: sha256 of its origin, time, method and params. The tx hash is not part of
 * it because a captured event learns its hash only later, and an identity must never change; the
 * hash is matched separately (see import-events.ts). Export writes these fields verbatim, so an
 * exported event keeps its key when imported again.
 */
export function eventKey(e: KeyedFields): string {
  return sha256(stringToHex(JSON.stringify([e.origin, e.time, e.method, e.params]))).slice(2);
}
