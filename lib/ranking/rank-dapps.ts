import type { Dapp } from '../catalog/dapp-schema';
import { bundledLifecycle, type Lifecycle } from '../catalog/lifecycle';
import type { VectorIndex } from '../embedding/vector-index';
import type { Profile } from '../profile/profile';
import { catalogFeatures } from './catalog-features';
import { explain, type ExplainContext } from './explain';
import type { Feedback } from './feedback';
import { RANKING_WEIGHTS, type RankingWeights } from './ranking-weights';
import type { Recommendation } from './reason';
import { scoreCatalog, type CatalogScores } from './score-catalog';
import { selectPicks } from './select-picks';
import { userInterest, type UserInterest } from './user-interest';

export interface RankInput {
  dapps: readonly Dapp[];
  /** Vectors of the catalog's dApps, by id. */
  index: VectorIndex;
  profile: Profile;
  feedback: Feedback;
  top?: number;
  /** Recommend regardless of the user's chains. */
  allChains?: boolean;
  /** The chains the user chose to consider (settings): only dApps on at least one of them are recommended. Absent: every chain. */
  chains?: readonly number[];
  /** What the user described wanting (an embedded query), for a start with little history. */
  query?: { text: string; vector: Float32Array };
  /** Turn signals off, for baselines in the evaluation. */
  only?: 'popularity' | 'similarity';
  /** Other weights than RANKING_WEIGHTS, for tuning. */
  weights?: RankingWeights;
  /** Which dApps closed, were exploited or moved; the shipped data when not given. */
  lifecycle?: Lifecycle;
}

/** Steps 1 and 2, shared by the top list and the per-interest rows. */
export interface Scored {
  user: UserInterest;
  scores: CatalogScores;
  /** Turns a catalog position into a recommendation with its reasons. */
  recommend(i: number): Recommendation;
}

export function scoreForUser(input: RankInput): Scored {
  const { dapps, index, profile, feedback } = input;
  const W = input.weights ?? RANKING_WEIGHTS;
  const lifecycle = input.lifecycle ?? bundledLifecycle();
  const features = catalogFeatures(dapps, lifecycle);
  const dappOf = (id: string) => {
    const i = features.position.get(id);
    return i === undefined ? undefined : dapps[i];
  };
  const user = userInterest({ index, profile, feedback, query: input.query, dappOf }, W);
  const scores = scoreCatalog({ dapps, index, features, user, events: profile.events, hiddenCategories: feedback.hiddenCategories, allChains: input.allChains ?? false, chains: input.chains, only: input.only, W });
  const context: ExplainContext = { profile, weights: user.weights, index, feedback, dappOf, lifecycle, newness: user.newness, newcomer: profile.events < W.coverageMinEvents, query: input.query?.text };
  const recommend = (i: number): Recommendation => {
    const signals = scores.signalsOf(i);
    return { id: dapps[i]!.id, score: Math.round(scores.score[i]! * 1e4) / 1e4, reasons: explain(dapps[i]!, signals, context), signals };
  };
  return { user, scores, recommend };
}

/** Scores every catalog dApp the user has not used, and picks a diverse top list with reasons. */
export function rankDapps(input: RankInput): Recommendation[] {
  const { user, scores, recommend } = scoreForUser(input);
  const picks = selectPicks({
    dapps: input.dapps,
    index: input.index,
    scores,
    user,
    events: input.profile.events,
    top: input.top ?? 10,
    W: input.weights ?? RANKING_WEIGHTS,
    plain: input.only !== undefined,
  });
  return picks.map(recommend);
}
