import { z } from '../zod';

export const similarityPairsSchema = z.object({
  pairs: z.array(z.object({ a: z.string(), b: z.string(), grade: z.number().min(0).max(4) })).min(1),
});

export const searchQueriesSchema = z.object({
  queries: z.array(z.object({ query: z.string(), relevant: z.array(z.string()).min(1), chain: z.number().int().nullable().optional() })).min(1),
});

export type SimilarityPair = z.infer<typeof similarityPairsSchema>['pairs'][number];
export type SearchQuery = z.infer<typeof searchQueriesSchema>['queries'][number];
