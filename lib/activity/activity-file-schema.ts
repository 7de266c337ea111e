import { z } from '../zod';
import { isWebOrigin } from './is-web-origin';
import { outcomeSchema } from './outcome-schema';

export const ACTIVITY_FORMAT = 'sextant.activity.v1';


/** One event of a `sextant.activity.v1` file. Unknown fields are ignored, as the format promises. */
export const fileEventSchema = z.object({
  time: z.iso.datetime({ offset: true, message: 'time must be an ISO 8601 date-time such as 2026-09-14T10:21:00Z' }),
  origin: z
    .string()
    .refine(isWebOrigin, 'origin must be an http(s) origin such as https://app.uniswap.org, with no path')
    .nullable(),
  chainId: z
    .number({ message: 'chainId must be a decimal number (or null when unknown)' })
    .int('chainId must be a whole number')
    .positive('chainId must be positive')
    .max(Number.MAX_SAFE_INTEGER)
    .nullable(),
  method: z.string().regex(/^[A-Za-z0-9_]{1,64}$/, 'method must be a JSON-RPC method name such as eth_sendTransaction'),
  params: z.array(z.unknown(), { message: 'params must be an array (what the page sent)' }).default([]),
  outcome: z.unknown().optional(),
});

export type FileEvent = z.infer<typeof fileEventSchema>;

export const activityFileHeaderSchema = z.object({
  format: z.literal(ACTIVITY_FORMAT, { message: `format must be "${ACTIVITY_FORMAT}"` }),
  events: z.array(z.unknown(), { message: 'events must be an array' }),
});

export { outcomeSchema };
