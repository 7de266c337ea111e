import type { CategoryId } from '../catalog/categories';

/**
 * Every weight and constant the ranker uses, in one place. Tuned on the persona evaluation's dev
 * split (`npm run eval:ranking`, reports/ranking-eval.json); change them only with that report beside you.
 */
export const RANKING_WEIGHTS = {
  /** Semantic similarity of a dApp to the interest vector (min–max scaled over the candidates). */
  similarity: 0.35,
  /** Share of the user's activity in the dApp's own category. */
  category: 0.3,
  /** A dApp's secondary category counts for this share of its own. */
  secondaryShare: 0.5,
  /** Share of the user's activity in categories this dApp complements. */
  complement: 0.2,
  /** Share of the user's activity on chains the dApp supports. */
  chain: 0.1,
  /** Chain fit every dApp gets before the profile has any chain. */
  unknownChainFit: 0.5,
  /** Popularity prior (1–5 scaled to 0–1); matters most with little history, see coldStartEvents. */
  popularity: 0.25,
  /** With this many events, the popularity weight has fallen to about a third of its cold-start value. */
  coldStartEvents: 6,
  /** Popularity keeps at least this share of its weight however long the history. */
  popularityFloor: 0.3,
  /** A dApp on none of the user's chains keeps this share of its score (unless all chains are asked for). */
  offChainFactor: 0.3,
  /** Liked dApps join the interest vector with this weight relative to the most-used dApp. */
  likedWeight: 1,
  /** Penalty per unit of a dApp's mean similarity to the dApps marked "not interested", above the catalog's average of it. */
  notInterestedPenalty: 0.6,
  /** How new a user is: exp(−events / newcomerEvents), 1 with no history, about 0.5 after two events. */
  newcomerEvents: 3,
  /** For a newcomer, a popular dApp in a starter category gains up to this much (scaled by newness and popularity). */
  starter: 0.6,
  /** What helps someone starting out: keeping approvals safe, a name, a major lending market, an aggregator, a portfolio view, staking. */
  starterCategories: ['security-tools', 'naming', 'lending', 'dex-aggregator', 'portfolio-tools', 'liquid-staking'] as readonly CategoryId[],
  /** A newcomer's affinity for the category they just used (and those it complements) counts this much less: one swap does not call for a second DEX. */
  newcomerSameCategoryDamping: 0.8,
  /** An exploited dApp keeps this share of its score; a deprecated (moved, winding down) one this share. Sunset ones are never recommended. */
  exploitedFactor: 0.5,
  deprecatedFactor: 0.6,
  /** Candidates for the diverse selection: this many per pick, at least poolMin. */
  poolPerPick: 6,
  poolMin: 60,
  /** Maximal marginal relevance: relevance against novelty. */
  mmrLambda: 0.75,
  /** At most this many of the top 5 from one category, unless one category is this share of the profile. */
  maxPerCategoryInTop5: 2,
  /** Below coverageMinEvents, at most this many of the top 5 from one category. */
  newcomerMaxPerCategory: 1,
  narrowProfileShare: 0.8,
  narrowProfileEvents: 10,
  /** From this many events on, each of the user's first few interests gets a place in the top five. */
  coverageMinEvents: 3,
  coverageMaxInterests: 4,
};

export type RankingWeights = typeof RANKING_WEIGHTS;
