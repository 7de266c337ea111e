import { z } from '../zod';
import { withinDepth } from './json-depth';
import { OBSERVER_DROP_REASONS } from './drop-reasons';
import { RECORDED_METHODS } from './methods';
import { outcomeSchema } from './outcome-schema';

/** Largest serialised observation accepted from a page; real ones are a few kilobytes. */
export const MAX_OBSERVATION_CHARS = 200_000;

const uid = z.string().regex(/^[0-9a-f]{32}$/);
const recordedMethod = z.enum(RECORDED_METHODS);
/** Sanitised params nest at most five levels (wallet_sendCalls: [{ calls: [{ to }] }]). */
export const MAX_PARAMS_DEPTH = 8;
const params = z
  .array(z.unknown())
  .max(4)
  .refine((p) => withinDepth(p, MAX_PARAMS_DEPTH), 'params nest too deep');
const chainId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable();
const outcome = z.object({ type: z.literal('outcome'), uid, outcome: outcomeSchema });

/** What the MAIN-world observer may say. Its `time` is the page's own clock: a claim, nothing more. */
export const pageObservationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('request'), uid, time: z.unknown(), method: recordedMethod, params, chainId }),
  outcome,
  z.object({ type: z.literal('dropped'), reason: z.enum(OBSERVER_DROP_REASONS), count: z.number().int().positive().max(1_000_000) }),
]);

/**
 * What the relay forwards to the background: `time` is when the relay saw the request (the
 * extension's clock, which the background clamps again), `pageTime` the page's claim when it was a date.
 */
export const observationSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('request'), uid, time: z.number(), pageTime: z.number().optional(), method: recordedMethod, params, chainId }),
  outcome,
]);

export type PageObservationJson = z.infer<typeof pageObservationSchema>;
export type Observation = z.infer<typeof observationSchema>;
