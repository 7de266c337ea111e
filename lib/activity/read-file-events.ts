import type { ActivityEvent } from './activity-event';
import { fileEventSchema, outcomeSchema, EVENT_REASONS, type EventReason } from './activity-file-schema';
import { nestsDeeperThan } from './nesting-depth';
import { randomUid } from './random-uid';

/** Largest serialised event accepted; larger ones are almost certainly not wallet activity. */
export const MAX_EVENT_CHARS = 200_000;
/**
 * Deepest nesting accepted. Real params nest a handful of levels (typed data, batched calls); the
 * structured clone that stores them in IndexedDB fails somewhere past a few thousand.
 */
export const MAX_EVENT_DEPTH = 64;
/** How many refused events a report names; the rest are only counted, so a report stays small. */
export const MAX_NAMED_REJECTIONS = 20;

export interface RejectedEvent {
  index: number;
  reasons: EventReason[];
}

/** Refused events: how many, and the first few with their reasons. */
export interface Rejections {
  count: number;
  first: RejectedEvent[];
}

export const noRejections = (): Rejections => ({ count: 0, first: [] });

function reject(rejections: Rejections, index: number, reasons: EventReason[]): void {
  rejections.count++;
  if (rejections.first.length < MAX_NAMED_REJECTIONS) rejections.first.push({ index, reasons });
}

function reasonsOf(raw: unknown): EventReason[] | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['not-object'];
  if (nestsDeeperThan(raw, MAX_EVENT_DEPTH)) return ['too-deep'];
  if (JSON.stringify(raw).length > MAX_EVENT_CHARS) return ['too-large'];
  return undefined;
}

/**
 * Checks each event of a file on its own, so a report can say which ones are wrong and why.
 * `offset` is the index of raw[0] in the whole file, for files read in batches.
 */
export function readFileEvents(raw: readonly unknown[], offset = 0, rejections = noRejections()): { events: ActivityEvent[]; rejections: Rejections } {
  const events: ActivityEvent[] = [];
  raw.forEach((item, i) => {
    const index = offset + i;
    const early = reasonsOf(item);
    if (early) return reject(rejections, index, early);
    const parsed = fileEventSchema.safeParse(item);
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
      return reject(rejections, index, EVENT_REASONS.filter((r) => fields.has(r)));
    }
    const e = parsed.data;
    const outcome = outcomeSchema.safeParse(e.outcome);
    const kept = outcome.success ? outcome.data : { status: 'ok' as const };
    events.push({
      uid: randomUid(),
      time: Date.parse(e.time),
      origin: e.origin,
      chainId: e.chainId,
      method: e.method,
      params: e.params,
      // Hashes are matched across sources (page, file, explorer), which may differ in case.
      outcome: kept.status === 'ok' && kept.txHash ? { ...kept, txHash: kept.txHash.toLowerCase() } : kept,
      source: 'import',
    });
  });
  return { events, rejections };
}
