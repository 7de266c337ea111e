import type { Dapp } from '../catalog/dapp-schema';
import { topByScore } from '../embedding/top-by-score';
import type { VectorIndex } from '../embedding/vector-index';
import { selectDiverse } from './mmr';
import type { RankingWeights } from './ranking-weights';
import type { CatalogScores } from './score-catalog';
import { servesInterest } from './serves-interest';
import type { UserInterest } from './user-interest';

export interface SelectInput {
  dapps: readonly Dapp[];
  index: VectorIndex;
  scores: CatalogScores;
  user: UserInterest;
  events: number;
  top: number;
  W: RankingWeights;
  /** Plain top by score, for the evaluation's single-signal baselines. */
  plain?: boolean;
}

/**
 * Step 3 of ranking: a diverse top list (maximal marginal relevance, at most two of the first
 * five from one category unless the profile is that narrow, one for a newcomer, whose five should
 * be a starter kit rather than variations on one thing), in which each of the user's main
 * interests has a place among the first five once there is enough history to know them.
 * Returns catalog positions.
 */
export function selectPicks(input: SelectInput): number[] {
  const { dapps, scores, user, W, top } = input;
  const keep = (i: number) => scores.eligible[i] === 1;
  if (input.plain) return topByScore(scores.score, top, keep);
  const pool = topByScore(scores.score, Math.max(top * W.poolPerPick, W.poolMin), keep);
  const topCategoryShare = Math.max(0, ...Object.values(user.weights.categories));
  // A narrow profile is only trusted with enough history; one action should not fill the list with its category.
  const narrow = topCategoryShare >= W.narrowProfileShare && input.events >= W.narrowProfileEvents;
  const picked = selectDiverse(
    pool.map((i) => ({ id: String(i), score: scores.score[i]!, category: dapps[i]!.category, vector: input.index.vector(dapps[i]!.id) })),
    top,
    W.mmrLambda,
    narrow ? null : input.events < W.coverageMinEvents ? W.newcomerMaxPerCategory : W.maxPerCategoryInTop5,
  ).map((c) => Number(c.id));
  if (input.events < W.coverageMinEvents) return picked;
  return coverInterests(picked, pool, user.interests.slice(0, W.coverageMaxInterests).map((i) => i.category), dapps);
}

/**
 * Gives each interest a place in the first five: an interest none of them serves takes the
 * best-scored pool candidate that does, in place of the lowest pick that is not some other
 * interest's only one.
 */
export function coverInterests(picked: readonly number[], pool: readonly number[], interests: readonly string[], dapps: readonly Dapp[]): number[] {
  const five = picked.slice(0, 5);
  const serves = (i: number, interest: string) => servesInterest(dapps[i]!, interest);
  for (const interest of interests) {
    if (five.some((i) => serves(i, interest))) continue;
    const candidate = pool.find((i) => serves(i, interest) && !five.includes(i));
    if (candidate === undefined) continue;
    const onlyServer = (slot: number) => interests.some((other) => serves(five[slot]!, other) && five.filter((i) => serves(i, other)).length === 1);
    for (let slot = five.length - 1; slot >= 0; slot--) {
      if (onlyServer(slot)) continue;
      five[slot] = candidate;
      break;
    }
  }
  return [...five, ...picked.filter((i) => !five.includes(i))].slice(0, picked.length);
}
