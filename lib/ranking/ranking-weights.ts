/**
 * Every weight the ranker uses, in one place. Tuned on the persona evaluation
 * (`npm run eval:ranking`, reports/ranking-eval.json); change them only with that report beside you.
 */
export const RANKING_WEIGHTS = {
  /** Semantic similarity of a dApp to the interest vector (min–max scaled over the candidates). */
  similarity: 0.35,
  /** Share of the user's activity in the dApp's own categories. */
  category: 0.3,
  /** Share of the user's activity in categories this dApp complements. */
  complement: 0.2,
  /** Share of the user's activity on chains the dApp supports. */
  chain: 0.1,
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
  /** Penalty per unit of similarity above the catalog's mean to a dApp marked "not interested". */
  notInterestedPenalty: 0.6,
  /** Maximal marginal relevance: relevance against novelty. */
  mmrLambda: 0.75,
  /** At most this many of the top 5 from one category, unless one category is this share of the profile. */
  maxPerCategoryInTop5: 2,
  narrowProfileShare: 0.8,
  narrowProfileEvents: 10,
};

export type RankingWeights = typeof RANKING_WEIGHTS;
