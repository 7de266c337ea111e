import { z } from '../zod';

const hash = z.string().regex(/^0x[0-9a-fA-F]{64}$/);
const address = z.string().regex(/^0x[0-9a-fA-F]{40}$/);

export const outcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('pending') }),
  z.object({
    status: z.literal('ok'),
    txHash: hash.optional(),
    accounts: z.array(address).max(16).optional(),
    callsId: z.string().max(200).optional(),
  }),
  z.object({ status: z.literal('error'), code: z.number().int().nullable() }),
]);
