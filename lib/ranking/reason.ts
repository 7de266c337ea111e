/**
 * Why a dApp is recommended, as evidence rather than words: the popup and the CLI word it from
 * the locale files, so the same evidence reads in English and Indonesian.
 */
export type Reason =
  /** "Because you swap on Uniswap and Curve on Arbitrum" */
  | { type: 'because-you'; action: string; dapps: string[]; chain: number | null }
  /** "Similar to Lido, which you use" */
  | { type: 'similar-to'; dapp: string }
  /** "Because you liked Aave" */
  | { type: 'liked'; dapp: string }
  /** "Popular lending market on Base, where you're active" */
  | { type: 'popular-on-chain'; category: string; chain: number }
  /** "Popular lending market" (for a user with no history) */
  | { type: 'popular'; category: string }
  /** "Matches what you asked for: …" (cold start with a described interest) */
  | { type: 'matches-query'; query: string }
  /** "Goes well with Uniswap, which you use on Base" (a complement of what the user does, not the same thing) */
  | { type: 'goes-with'; dapps: string[]; chain: number | null }
  /** "A good next step when you are starting out: a trusted lending market" (newcomers) */
  | { type: 'starter'; category: string }
  /** "Exploited in October 2024: check its status before you deposit" */
  | { type: 'exploited'; date: string }
  /** "Moving or winding down: check its status before you use it" */
  | { type: 'deprecated' };

/** Each signal's contribution to a score, for the evaluation and for anyone asking "why this order". */
export interface Signals {
  similarity: number;
  category: number;
  complement: number;
  chain: number;
  popularity: number;
  /** Bonus for what helps a newcomer. */
  starter: number;
  penalty: number;
}

export interface Recommendation {
  id: string;
  score: number;
  reasons: Reason[];
  signals: Signals;
}
