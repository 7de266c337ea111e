import { CATEGORIES } from '../catalog/categories';
import type { Dapp } from '../catalog/dapp-schema';
import type { VectorIndex } from '../embedding/vector-index';
import { type CatalogFeatures, categoryIndex, sameOrder, STATUS } from './catalog-features';
import { COMPLEMENTS } from './complements';
import { int8Query, int8Scan, int8Vectors } from './int8-vectors';
import type { RankingWeights } from './ranking-weights';
import type { Signals } from './reason';
import type { UserInterest } from './user-interest';

export interface ScoreInput {
  dapps: readonly Dapp[];
  index: VectorIndex;
  features: CatalogFeatures;
  user: UserInterest;
  events: number;
  hiddenCategories: readonly string[];
  /** Recommend regardless of the user's chains. */
  allChains: boolean;
  /** Only dApps on at least one of these chains can be recommended; absent: any chain. */
  chains?: readonly number[];
  /** Only one signal, for the evaluation's baselines. */
  only?: 'popularity' | 'similarity';
  W: RankingWeights;
}

/** Step 2 of ranking: every catalog dApp's score. */
export interface CatalogScores {
  /** By catalog position; −Infinity where a dApp cannot be recommended. */
  score: Float64Array;
  eligible: Uint8Array;
  /** What each signal contributed to a dApp's score. */
  signalsOf(i: number): Signals;
}

/** What every dApp's signals read: per-category and per-chain affinities, computed once per ranking. */
interface Tables {
  f: CatalogFeatures;
  W: RankingWeights;
  categoryShare: Float64Array;
  complementShare: Float64Array;
  /** Starter bonus per category for this user's newness. */
  starter: Float64Array;
  /** A newcomer's one action says little: it weighs less for its own category and those it complements. */
  categoryDamping: number;
  chainWeight: Float64Array;
  hasChains: boolean;
  popularityWeight: number;
}

function tables(input: ScoreInput): Tables {
  const { features: f, user, W } = input;
  const categoryShare = new Float64Array(CATEGORIES.length);
  const complementShare = new Float64Array(CATEGORIES.length);
  for (const [c, w] of Object.entries(user.weights.categories)) {
    categoryShare[categoryIndex.get(c) ?? 0] = w;
    for (const target of COMPLEMENTS[c as Dapp['category']] ?? []) complementShare[categoryIndex.get(target)!]! += w;
  }
  const starter = new Float64Array(CATEGORIES.length);
  for (const c of W.starterCategories) starter[categoryIndex.get(c)!] = W.starter * user.newness;
  const chainWeight = new Float64Array(f.slotOfChain.size);
  for (const [c, w] of Object.entries(user.weights.chains)) {
    const slot = f.slotOfChain.get(Number(c));
    if (slot !== undefined) chainWeight[slot] = w;
  }
  return {
    f,
    W,
    categoryShare,
    complementShare,
    starter,
    categoryDamping: 1 - W.newcomerSameCategoryDamping * user.newness,
    chainWeight,
    hasChains: Object.keys(user.weights.chains).length > 0,
    popularityWeight: W.popularity * (W.popularityFloor + (1 - W.popularityFloor) * Math.exp(-input.events / W.coldStartEvents)),
  };
}

const popularity01 = (t: Tables, i: number) => (t.f.popularity[i]! - 1) / 4;

function categorySignal(t: Tables, i: number): number {
  let secondary = 0;
  for (let k = t.f.secondaryStart[i]!; k < t.f.secondaryStart[i + 1]!; k++) secondary += t.categoryShare[t.f.secondary[k]!]!;
  return t.W.category * t.categoryDamping * Math.min(1, t.categoryShare[t.f.category[i]!]! + t.W.secondaryShare * secondary);
}

function chainFit(t: Tables, i: number): number {
  if (!t.hasChains) return t.W.unknownChainFit;
  let fit = 0;
  for (let k = t.f.chainStart[i]!; k < t.f.chainStart[i + 1]!; k++) fit += t.chainWeight[t.f.chainSlots[k]!]!;
  return fit;
}

/** Per catalog position: 0 for a dApp on none of the chosen chains (every dApp is on one when no choice is given). */
function onChosenChains(f: CatalogFeatures, n: number, chains: readonly number[] | undefined): Uint8Array {
  const on = new Uint8Array(n).fill(1);
  if (!chains) return on;
  const chosen = new Uint8Array(f.slotOfChain.size);
  for (const c of chains) {
    const slot = f.slotOfChain.get(c);
    if (slot !== undefined) chosen[slot] = 1;
  }
  for (let i = 0; i < n; i++) {
    let any = 0;
    for (let k = f.chainStart[i]!; k < f.chainStart[i + 1]! && !any; k++) any = chosen[f.chainSlots[k]!]!;
    on[i] = any;
  }
  return on;
}

const complementSignal = (t: Tables, i: number) => t.W.complement * t.categoryDamping * Math.min(1, t.complementShare[t.f.category[i]!]!);
const popularitySignal = (t: Tables, i: number) => t.popularityWeight * popularity01(t, i);
const starterSignal = (t: Tables, i: number) => t.starter[t.f.category[i]!]! * popularity01(t, i);

/** Everything but similarity and the not-interested penalty, which need catalog-wide ranges first; the chain fit is computed once by the caller. */
const baseScore = (t: Tables, i: number, fit: number) => categorySignal(t, i) + complementSignal(t, i) + t.W.chain * fit + popularitySignal(t, i) + starterSignal(t, i);

function lifecycleFactor(t: Tables, i: number): number {
  const status = t.f.status[i]!;
  return status === STATUS.exploited ? t.W.exploitedFactor : status === STATUS.deprecated ? t.W.deprecatedFactor : 1;
}

/** Each catalog position's row in the index, −1 for none; null when they are the same. */
function rowsOf(index: VectorIndex, dapps: readonly Dapp[]): Int32Array | null {
  if (sameOrder(index, dapps)) return null;
  return Int32Array.from(dapps, (d) => index.positionOf(d.id) ?? -1);
}

/**
 * Scores every dApp: one integer scan over the int8 vectors for similarity (and one for the
 * "not interested" direction, when there is one), one pass over the other signals, and a last pass
 * over plain numbers to scale similarity by its range.
 */
export function scoreCatalog(input: ScoreInput): CatalogScores {
  const { dapps, index, features: f, user, W } = input;
  const t = tables(input);
  const n = dapps.length;
  const eligible = new Uint8Array(n).fill(1);
  for (const id of user.excluded) {
    const i = f.position.get(id);
    if (i !== undefined) eligible[i] = 0;
  }
  const onChains = onChosenChains(f, n, input.chains);
  const hidden = new Uint8Array(CATEGORIES.length);
  for (const c of input.hiddenCategories) if (categoryIndex.has(c)) hidden[categoryIndex.get(c)!] = 1;
  const rows = user.vector || user.avoid ? rowsOf(index, dapps) : null;
  const scan = (query: Float32Array) => {
    const out = new Float64Array(n);
    int8Scan(int8Vectors(index), int8Query(query), out, rows);
    return out;
  };
  const similarity = user.vector ? scan(user.vector) : new Float64Array(n);
  const avoidSimilarity = user.avoid ? scan(user.avoid) : null;
  let avoidMean = 0;
  if (avoidSimilarity) for (let i = 0; i < n; i++) avoidMean += avoidSimilarity[i]! / n;

  const base = new Float64Array(n);
  const fit = new Float64Array(n);
  let simMin = Infinity;
  let simMax = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!eligible[i] || !onChains[i] || f.status[i] === STATUS.sunset || hidden[f.category[i]!]) {
      eligible[i] = 0;
      continue;
    }
    const sim = similarity[i]!;
    if (sim < simMin) simMin = sim;
    if (sim > simMax) simMax = sim;
    fit[i] = chainFit(t, i);
    base[i] = baseScore(t, i, fit[i]!);
  }
  const span = simMax - simMin || 1;
  const scaledSimilarity = (i: number) => (user.vector ? W.similarity * ((similarity[i]! - simMin) / span) : 0);
  const penalty = (i: number) => (avoidSimilarity ? W.notInterestedPenalty * Math.max(0, avoidSimilarity[i]! - avoidMean) : 0);
  const offChain = (i: number) => t.hasChains && !input.allChains && fit[i] === 0;

  const score = new Float64Array(n).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    if (!eligible[i]) continue;
    const raw = input.only === 'popularity' ? popularitySignal(t, i) : input.only === 'similarity' ? scaledSimilarity(i) : scaledSimilarity(i) + base[i]! - penalty(i);
    score[i] = raw * (offChain(i) ? W.offChainFactor : 1) * lifecycleFactor(t, i);
  }
  return {
    score,
    eligible,
    signalsOf: (i) => ({
      similarity: scaledSimilarity(i),
      category: categorySignal(t, i),
      complement: complementSignal(t, i),
      chain: W.chain * chainFit(t, i),
      popularity: popularitySignal(t, i),
      starter: starterSignal(t, i),
      penalty: penalty(i),
    }),
  };
}
