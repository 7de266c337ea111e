import { z } from '../zod';
import { isWebOrigin } from './is-web-origin';
import { outcomeSchema } from './outcome-schema';

/** The first format: events only. Still read; no longer written. */
export const ACTIVITY_FORMAT_V1 = 'sextant.activity.v1';
/** Everything the user owns: events plus feedback, settings and imported catalog entries. */
export const ACTIVITY_FORMAT = 'sextant.activity.v2';
export const ACTIVITY_FORMATS = [ACTIVITY_FORMAT_V1, ACTIVITY_FORMAT] as const;

/** Why an event was refused; each has a localised sentence (importReason_* in the locale files). */
export const EVENT_REASONS = ['not-object', 'too-large', 'too-deep', 'time', 'origin', 'chainId', 'method', 'params'] as const;
export type EventReason = (typeof EVENT_REASONS)[number];

/**
 * One event of an activity file. Unknown fields are ignored, as the format promises. Each field's
 * failure is named by the field (see EVENT_REASONS); the messages are for developers reading a
 * thrown error, the user sees the localised reason.
 */
export const fileEventSchema = z.object({
  time: z.iso.datetime({ offset: true }).refine((t) => {
    const ms = Date.parse(t);
    // Year 0 to 9999: what toISOString writes back in the same form, so an export always re-imports.
    return Number.isFinite(ms) && new Date(ms).toISOString().length === 24;
  }),
  origin: z.string().refine(isWebOrigin).nullable(),
  chainId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable(),
  method: z.string().regex(/^[A-Za-z0-9_]{1,64}$/),
  params: z.array(z.unknown()).default([]),
  outcome: z.unknown().optional(),
});

export type FileEvent = z.infer<typeof fileEventSchema>;

export const activityFileHeaderSchema = z.object({
  format: z.enum(ACTIVITY_FORMATS),
  events: z.array(z.unknown()),
  /** v2 only: what else the user owns (user-data-schema.ts); checked on its own. */
  userData: z.unknown().optional(),
});

export { outcomeSchema };
