import { z } from '../zod';

export const searchRequestSchema = z.object({
  query: z.string().trim().min(1).max(500),
  top: z.number().int().min(1).max(100).optional(),
  chain: z.number().int().positive().optional(),
});

export type SearchRequest = z.input<typeof searchRequestSchema>;
