import type { Dapp } from '../catalog/dapp-schema';
import type { VectorIndex } from '../embedding/vector-index';
import type { Profile } from '../profile/profile';
import { profileWeights } from '../profile/profile-weights';
import { COMPLEMENTS } from './complements';
import type { Feedback } from './feedback';
import { interestVector } from './interest-vector';
import { selectDiverse } from './mmr';
import { RANKING_WEIGHTS, type RankingWeights } from './ranking-weights';
import type { Recommendation } from './reason';
import { explain } from './explain';

export interface RankInput {
  dapps: readonly Dapp[];
  /** Vectors of the catalog's dApps, by id. */
  index: VectorIndex;
  profile: Profile;
  feedback: Feedback;
  top?: number;
  /** Recommend regardless of the user's chains. */
  allChains?: boolean;
  /** What the user described wanting (an embedded query), for a start with little history. */
  query?: { text: string; vector: Float32Array };
  /** Turn signals off, for baselines in the evaluation. */
  only?: 'popularity' | 'similarity';
  /** Other weights than RANKING_WEIGHTS, for tuning. */
  weights?: RankingWeights;
}

const dot = (a: Float32Array, b: Float32Array) => {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
};

/** Scores every catalog dApp the user has not used, and picks a diverse top list with reasons. */
export function rankDapps(input: RankInput): Recommendation[] {
  const { dapps, index, profile, feedback } = input;
  const W = input.weights ?? RANKING_WEIGHTS;
  const top = input.top ?? 10;
  const weights = profileWeights(profile);
  const used = new Set([...Object.keys(profile.dapps), ...profile.touched, ...feedback.alreadyUse]);
  const excluded = new Set([...used, ...feedback.notInterested]);
  const hidden = new Set(feedback.hiddenCategories);

  const topUse = Math.max(0, ...Object.values(weights.dapps));
  const interestWeights = new Map(Object.entries(weights.dapps));
  for (const id of feedback.alreadyUse) if (!interestWeights.has(id)) interestWeights.set(id, topUse || 1);
  const extra = feedback.liked.flatMap((id) => {
    const v = index.vector(id);
    return v ? [{ vector: v, weight: W.likedWeight * (topUse || 1) }] : [];
  });
  if (input.query) extra.push({ vector: input.query.vector, weight: Math.max(topUse, 1) });
  const interest = interestVector(index, interestWeights, extra);
  const avoid = feedback.notInterested.map((id) => index.vector(id)).filter((v): v is Float32Array => v !== undefined);

  const hasChains = Object.keys(weights.chains).length > 0;
  const popWeight = W.popularity * (W.popularityFloor + (1 - W.popularityFloor) * Math.exp(-profile.events / W.coldStartEvents));
  const candidates = dapps.filter((d) => !excluded.has(d.id) && !hidden.has(d.category));
  const sims = candidates.map((d) => {
    const v = index.vector(d.id);
    return interest && v ? dot(interest, v) : 0;
  });
  const simMin = Math.min(...sims);
  const simSpan = Math.max(...sims) - simMin || 1;
  const meanSim = sims.reduce((a, b) => a + b, 0) / Math.max(1, sims.length);

  const scored = candidates.map((d, i) => {
    const v = index.vector(d.id);
    const category = Math.min(1, (weights.categories[d.category] ?? 0) + 0.5 * d.secondary.reduce((s, c) => s + (weights.categories[c] ?? 0), 0));
    const complement = Object.entries(weights.categories).reduce((s, [c, w]) => s + (COMPLEMENTS[c as Dapp['category']]?.includes(d.category) ? w : 0), 0);
    const chain = hasChains ? d.chains.reduce((s, c) => s + (weights.chains[c] ?? 0), 0) : 0.5;
    const penalty = v && avoid.length ? W.notInterestedPenalty * Math.max(0, ...avoid.map((a) => dot(a, v) - meanSim)) : 0;
    const signals = {
      similarity: interest ? W.similarity * ((sims[i]! - simMin) / simSpan) : 0,
      category: W.category * category,
      complement: W.complement * Math.min(1, complement),
      chain: W.chain * chain,
      popularity: popWeight * ((d.popularity - 1) / 4),
      penalty,
    };
    let score =
      input.only === 'popularity' ? signals.popularity
      : input.only === 'similarity' ? signals.similarity
      : signals.similarity + signals.category + signals.complement + signals.chain + signals.popularity - penalty;
    if (hasChains && chain === 0 && !input.allChains) score *= W.offChainFactor;
    return { dapp: d, score, signals, vector: v };
  });

  const byId = new Map(scored.map((s) => [s.dapp.id, s]));
  const topCategoryShare = Math.max(0, ...Object.values(weights.categories));
  // A narrow profile is only trusted with enough history; one action should not fill the list with its category.
  const narrow = topCategoryShare >= W.narrowProfileShare && profile.events >= W.narrowProfileEvents;
  const picked = input.only
    ? [...scored].sort((a, b) => b.score - a.score).slice(0, top).map((s) => ({ id: s.dapp.id }))
    : selectDiverse(
        scored.map((s) => ({ id: s.dapp.id, score: s.score, category: s.dapp.category, vector: s.vector })),
        top,
        W.mmrLambda,
        narrow ? null : W.maxPerCategoryInTop5,
      );

  const context = { profile, weights, index, feedback, dappsById: new Map(dapps.map((d) => [d.id, d])), query: input.query?.text };
  return picked.map(({ id }) => {
    const s = byId.get(id)!;
    return { id, score: Math.round(s.score * 1e4) / 1e4, reasons: explain(s.dapp, s.signals, context), signals: s.signals };
  });
}
