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
  | { type: 'matches-query'; query: string };

export interface Recommendation {
  id: string;
  score: number;
  reasons: Reason[];
  /** Each signal's contribution, for the evaluation and for anyone asking "why this order". */
  signals: { similarity: number; category: number; complement: number; chain: number; popularity: number; penalty: number };
}
