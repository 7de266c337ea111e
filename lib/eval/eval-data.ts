import { z } from '../zod';

export const similarityPairsSchema = z.object({
  pairs: z.array(z.object({ a: z.string(), b: z.string(), grade: z.number().min(0).max(4) })).min(1),
});

const searchQuerySchema = z
  .object({
    query: z.string().min(1),
    relevant: z.array(z.string()),
    chain: z.number().int().nullable().optional(),
    category: z.string().nullable().optional(),
    /** Tune on "dev", only report "test". */
    split: z.enum(['dev', 'test']),
    lang: z.enum(['en', 'id']).default('en'),
    kind: z.enum(['chain-word', 'typo', 'off-topic']).optional(),
    /** Links an Indonesian query to its English counterpart. */
    pair: z.string().optional(),
    /** The chain a chain-word query names. */
    names: z.number().int().optional(),
  })
  .refine((q) => (q.kind === 'off-topic') === (q.relevant.length === 0), 'only an off-topic query has no relevant dApps');

export const searchQueriesSchema = z.object({ queries: z.array(searchQuerySchema).min(1) });

export type SimilarityPair = z.infer<typeof similarityPairsSchema>['pairs'][number];
export type SearchQuery = z.infer<typeof searchQueriesSchema>['queries'][number];
