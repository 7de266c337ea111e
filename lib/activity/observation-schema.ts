import { z } from '../zod';
import { RECORDED_METHODS } from './methods';
import { outcomeSchema } from './outcome-schema';

/** Largest serialised observation accepted from a page; real ones are a few kilobytes. */
export const MAX_OBSERVATION_CHARS = 200_000;

const uid = z.string().regex(/^[0-9a-f]{32}$/);
const recordedMethod = z.enum(RECORDED_METHODS);

/** What the MAIN-world observer may say. Anything else from the page is dropped. */
export const observationSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('request'),
    uid,
    time: z.number().int().positive(),
    method: recordedMethod,
    params: z.array(z.unknown()).max(4),
    chainId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER).nullable(),
  }),
  z.object({ type: z.literal('outcome'), uid, outcome: outcomeSchema }),
]);

export type Observation = z.infer<typeof observationSchema>;
