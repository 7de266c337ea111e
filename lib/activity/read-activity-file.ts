import type { z } from '../zod';
import type { ActivityEvent } from './activity-event';
import { activityFileHeaderSchema, fileEventSchema, outcomeSchema } from './activity-file-schema';
import { randomUid } from './random-uid';

/** Largest serialised event accepted; larger ones are almost certainly not wallet activity. */
const MAX_EVENT_CHARS = 200_000;

export interface RejectedEvent {
  index: number;
  reasons: string[];
}

export type ActivityFileResult =
  | { ok: true; events: ActivityEvent[]; rejected: RejectedEvent[] }
  | { ok: false; error: string };

function describe(error: z.ZodError): string[] {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message));
}

/**
 * Reads a `sextant.activity.v1` document: the file-level shape must hold, then each event is
 * checked on its own so a report can say exactly which ones are wrong and why.
 */
export function readActivityFile(text: string): ActivityFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not valid JSON: ${(e as Error).message}` };
  }
  const header = activityFileHeaderSchema.safeParse(json);
  if (!header.success) return { ok: false, error: describe(header.error).join('; ') };

  const events: ActivityEvent[] = [];
  const rejected: RejectedEvent[] = [];
  header.data.events.forEach((raw, index) => {
    if (JSON.stringify(raw ?? null).length > MAX_EVENT_CHARS) {
      rejected.push({ index, reasons: [`event is larger than ${MAX_EVENT_CHARS} characters`] });
      return;
    }
    const parsed = fileEventSchema.safeParse(raw);
    if (!parsed.success) {
      rejected.push({ index, reasons: describe(parsed.error) });
      return;
    }
    const e = parsed.data;
    const outcome = outcomeSchema.safeParse(e.outcome);
    events.push({
      uid: randomUid(),
      time: Date.parse(e.time),
      origin: e.origin,
      chainId: e.chainId,
      method: e.method,
      params: e.params,
      outcome: outcome.success ? outcome.data : { status: 'ok' },
      source: 'import',
    });
  });
  return { ok: true, events, rejected };
}
