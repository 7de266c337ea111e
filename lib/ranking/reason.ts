import { z } from '../zod';

/**
 * Why a dApp is recommended, as evidence rather than words: the popup and the CLI word it from
 * the locale files, so the same evidence reads in English and Indonesian.
 */
export const reasonSchema = z.discriminatedUnion('type', [
  /** "Because you swap on Uniswap and Curve on Arbitrum" */
  z.object({ type: z.literal('because-you'), action: z.string(), dapps: z.array(z.string()), chain: z.number().nullable() }),
  /** "Similar to Lido, which you use" */
  z.object({ type: z.literal('similar-to'), dapp: z.string() }),
  /** "Because you liked Aave" */
  z.object({ type: z.literal('liked'), dapp: z.string() }),
  /** "Popular lending market on Base, where you're active" */
  z.object({ type: z.literal('popular-on-chain'), category: z.string(), chain: z.number() }),
  /** "Popular lending market" (for a user with no history) */
  z.object({ type: z.literal('popular'), category: z.string() }),
  /** "Matches what you asked for: …" (cold start with a described interest) */
  z.object({ type: z.literal('matches-query'), query: z.string() }),
  /** "Goes well with Uniswap, which you use on Base" (a complement of what the user does, not the same thing) */
  z.object({ type: z.literal('goes-with'), dapps: z.array(z.string()), chain: z.number().nullable() }),
  /** "A good next step when you are starting out: a trusted lending market" (newcomers) */
  z.object({ type: z.literal('starter'), category: z.string() }),
  /** "Exploited in October 2024: check its status before you deposit" */
  z.object({ type: z.literal('exploited'), date: z.string() }),
  /** "Moving or winding down: check its status before you use it" */
  z.object({ type: z.literal('deprecated') }),
]);

export type Reason = z.infer<typeof reasonSchema>;

/** Each signal's contribution to a score, for the evaluation and for anyone asking "why this order". */
export const signalsSchema = z.object({
  similarity: z.number(),
  category: z.number(),
  complement: z.number(),
  chain: z.number(),
  popularity: z.number(),
  /** Bonus for what helps a newcomer. */
  starter: z.number(),
  penalty: z.number(),
});

export type Signals = z.infer<typeof signalsSchema>;

export const recommendationSchema = z.object({
  id: z.string(),
  score: z.number(),
  reasons: z.array(reasonSchema),
  signals: signalsSchema,
});

export type Recommendation = z.infer<typeof recommendationSchema>;
