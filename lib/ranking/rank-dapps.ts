import type { Dapp } from '../catalog/dapp-schema';
import type { VectorIndex } from '../embedding/vector-index';
import type { Profile } from '../profile/profile';
import { profileWeights } from '../profile/profile-weights';
import { CATEGORIES } from '../catalog/categories';
import { catalogFeatures, categoryIndex, sameOrder } from './catalog-features';
import { COMPLEMENTS } from './complements';
import type { Feedback } from './feedback';
import { interestVector } from './interest-vector';
import { selectDiverse } from './mmr';
import { topByScore } from '../embedding/top-by-score';
import { RANKING_WEIGHTS, type RankingWeights } from './ranking-weights';
import type { Recommendation } from './reason';
import { explain } from './explain';
import { dot } from '../embedding/dot';

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

  // Everything a candidate's score needs, computed once: per-category affinities, chain weights by
  // slot, and every similarity in one pass over the contiguous vectors.
  const f = catalogFeatures(dapps);
  const n = dapps.length;
  const categoryShare = new Float64Array(CATEGORIES.length);
  const complementShare = new Float64Array(CATEGORIES.length);
  for (const [c, w] of Object.entries(weights.categories)) {
    categoryShare[categoryIndex.get(c) ?? 0] = w;
    for (const target of COMPLEMENTS[c as Dapp['category']] ?? []) complementShare[categoryIndex.get(target)!]! += w;
  }
  const chainWeight = new Float64Array(f.slotOfChain.size);
  for (const [c, w] of Object.entries(weights.chains)) {
    const slot = f.slotOfChain.get(Number(c));
    if (slot !== undefined) chainWeight[slot] = w;
  }
  const hasChains = Object.keys(weights.chains).length > 0;
  const popWeight = W.popularity * (W.popularityFloor + (1 - W.popularityFloor) * Math.exp(-profile.events / W.coldStartEvents));
  const allSims = interest ? index.scores(interest) : null;
  const aligned = sameOrder(index, dapps);
  let meanSim = 0;
  if (allSims && avoid.length) for (let i = 0; i < allSims.length; i++) meanSim += allSims[i]! / allSims.length;

  const eligible = new Uint8Array(n).fill(1);
  for (const id of excluded) {
    const i = f.position.get(id);
    if (i !== undefined) eligible[i] = 0;
  }
  const hiddenIndex = new Set([...hidden].map((c) => categoryIndex.get(c)));

  // Fills a candidate's signals in place (no allocation per dApp); similarity is still raw here.
  const signals = { similarity: 0, category: 0, complement: 0, chain: 0, popularity: 0, penalty: 0, offChain: false };
  const sims = new Float64Array(n);
  const signalsOf = (i: number) => {
    let secondary = 0;
    for (let k = f.secondaryStart[i]!; k < f.secondaryStart[i + 1]!; k++) secondary += categoryShare[f.secondary[k]!]!;
    let chain = 0.5;
    if (hasChains) {
      chain = 0;
      for (let k = f.chainStart[i]!; k < f.chainStart[i + 1]!; k++) chain += chainWeight[f.chainSlots[k]!]!;
    }
    let penalty = 0;
    if (avoid.length) {
      const v = index.vector(dapps[i]!.id);
      if (v) for (const a of avoid) penalty = Math.max(penalty, W.notInterestedPenalty * (dot(a, v) - meanSim));
    }
    const category = f.category[i]!;
    signals.similarity = sims[i]!;
    signals.category = W.category * Math.min(1, categoryShare[category]! + 0.5 * secondary);
    signals.complement = W.complement * Math.min(1, complementShare[category]!);
    signals.chain = W.chain * chain;
    signals.popularity = popWeight * ((f.popularity[i]! - 1) / 4);
    signals.penalty = penalty;
    signals.offChain = hasChains && chain === 0 && !input.allChains;
    return signals;
  };

  // One pass over the catalog: everything but the similarity's scaling, which needs its range.
  const rest = new Float64Array(n);
  const popularity = new Float64Array(n);
  const offChain = new Uint8Array(n);
  let simMin = Infinity;
  let simMax = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!eligible[i]) continue;
    if (hiddenIndex.size && hiddenIndex.has(f.category[i]!)) {
      eligible[i] = 0;
      continue;
    }
    const position = !allSims ? undefined : aligned ? i : index.positionOf(dapps[i]!.id);
    const sim = position === undefined ? 0 : allSims![position]!;
    sims[i] = sim;
    if (sim < simMin) simMin = sim;
    if (sim > simMax) simMax = sim;
    const s = signalsOf(i);
    rest[i] = s.category + s.complement + s.chain + s.popularity - s.penalty;
    popularity[i] = s.popularity;
    offChain[i] = s.offChain ? 1 : 0;
  }
  const simSpan = simMax - simMin || 1;
  const scaledSimilarity = (i: number) => (interest ? W.similarity * ((sims[i]! - simMin) / simSpan) : 0);

  const scores = new Float64Array(n).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    if (!eligible[i]) continue;
    const score = input.only === 'popularity' ? popularity[i]! : input.only === 'similarity' ? scaledSimilarity(i) : scaledSimilarity(i) + rest[i]!;
    scores[i] = offChain[i] ? score * W.offChainFactor : score;
  }

  const topCategoryShare = Math.max(0, ...Object.values(weights.categories));
  // A narrow profile is only trusted with enough history; one action should not fill the list with its category.
  const narrow = topCategoryShare >= W.narrowProfileShare && profile.events >= W.narrowProfileEvents;
  const pool = topByScore(scores, input.only ? top : Math.max(top * 6, 60), (i) => eligible[i] === 1);
  const picked = input.only
    ? pool
    : selectDiverse(
        pool.map((i) => ({ id: String(i), score: scores[i]!, category: dapps[i]!.category, vector: index.vector(dapps[i]!.id) })),
        top,
        W.mmrLambda,
        narrow ? null : W.maxPerCategoryInTop5,
      ).map((c) => Number(c.id));

  // Reasons name the dApps the user uses or liked; only those need looking up.
  const named = new Set([...Object.keys(weights.dapps), ...feedback.alreadyUse, ...feedback.liked]);
  const dappsById = new Map([...named].flatMap((id) => (f.position.has(id) ? [[id, dapps[f.position.get(id)!]!] as const] : [])));
  const context = { profile, weights, index, feedback, dappsById, query: input.query?.text };
  return picked.map((i) => {
    const d = dapps[i]!;
    const { offChain: _offChain, ...shown } = signalsOf(i);
    shown.similarity = scaledSimilarity(i);
    return { id: d.id, score: Math.round(scores[i]! * 1e4) / 1e4, reasons: explain(d, shown, context), signals: shown };
  });
}
