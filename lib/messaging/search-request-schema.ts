import { z } from '../zod';

export const searchRequestSchema = z.object({
  query: z.string().trim().min(1).max(500),
  top: z.number().int().min(1).max(100).optional(),
  chain: z.number().int().positive().optional(),
  locale: z.string().regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/).optional(),
});

export type SearchRequest = z.input<typeof searchRequestSchema>;
