import type { Dapp } from '../catalog/dapp-schema';
import type { VectorIndex } from '../embedding/vector-index';
import type { Profile } from '../profile/profile';
import { largestFirst, type ProfileWeights } from '../profile/profile-weights';
import { COMPLEMENTS } from './complements';
import type { Feedback } from './feedback';
import type { Reason, Recommendation } from './reason';
import { dot } from '../embedding/dot';

export interface ExplainContext {
  profile: Profile;
  weights: ProfileWeights;
  index: VectorIndex;
  feedback: Feedback;
  dappsById: ReadonlyMap<string, Dapp>;
  query?: string;
}

// Actions that say what a person does there; a connect or an approval alone says less.
const WEAK_ACTIONS = new Set(['connect', 'approve', 'nft-approval', 'permit', 'permit2', 'sign', 'switch-chain', 'add-chain', 'watch-asset']);

function mostCommon(counts: Record<string, number>, keep: (key: string) => boolean = () => true): string | null {
  const entries = Object.entries(counts).filter(([k]) => keep(k)).sort((a, b) => b[1] - a[1]);
  return entries[0]?.[0] ?? null;
}

/** The used dApps that are evidence for a candidate: same category, or one it complements. */
function evidence(candidate: Dapp, ctx: ExplainContext, complement: boolean): string[] {
  return Object.keys(ctx.weights.dapps)
    .filter((id) => {
      const used = ctx.dappsById.get(id);
      if (!used) return false;
      return complement ? COMPLEMENTS[used.category].includes(candidate.category) : used.category === candidate.category || candidate.secondary.includes(used.category);
    })
    .slice(0, 2);
}

function becauseYou(candidate: Dapp, ids: string[], ctx: ExplainContext): Reason {
  const actions: Record<string, number> = {};
  const chains: Record<string, number> = {};
  for (const id of ids) {
    const use = ctx.profile.dapps[id]!;
    for (const [k, n] of Object.entries(use.actions)) actions[k] = (actions[k] ?? 0) + n;
    for (const [k, n] of Object.entries(use.chains)) chains[k] = (chains[k] ?? 0) + n;
  }
  const action = mostCommon(actions, (k) => !WEAK_ACTIONS.has(k)) ?? 'use';
  const chain = mostCommon(chains, (k) => candidate.chains.includes(Number(k)));
  return { type: 'because-you', action, dapps: ids, chain: chain === null ? null : Number(chain) };
}

/** The user's most active chain that the candidate supports. */
function activeChain(candidate: Dapp, ctx: ExplainContext): number | null {
  const chain = largestFirst(ctx.weights.chains).find(([c]) => candidate.chains.includes(Number(c)));
  return chain === undefined ? null : Number(chain[0]);
}

/** The used (or liked) dApp most like the candidate, weighted by how much it is used. */
function closest(candidate: Dapp, ids: readonly string[], ctx: ExplainContext): string | null {
  const v = ctx.index.vector(candidate.id);
  if (!v) return null;
  let best: string | null = null;
  let bestScore = -Infinity;
  for (const id of ids) {
    const u = ctx.index.vector(id);
    const score = u ? dot(u, v) * Math.sqrt(ctx.weights.dapps[id] ?? 1) : -Infinity;
    if (score > bestScore) [best, bestScore] = [id, score];
  }
  return best;
}

/**
 * Reasons from the evidence behind a score: the strongest signal picks the first reason, and a
 * popular dApp on one of the user's chains says so second. Nothing here is a canned phrase: each
 * reason names the dApps, actions and chains that produced it.
 */
export function explain(candidate: Dapp, signals: Recommendation['signals'], ctx: ExplainContext): Reason[] {
  const reasons: Reason[] = [];
  // What the user does in the same category is the most concrete evidence, then what it complements.
  const same = signals.category > 0 ? evidence(candidate, ctx, false) : [];
  const complements = signals.complement >= signals.similarity / 2 ? evidence(candidate, ctx, true) : [];
  if (same.length) reasons.push(becauseYou(candidate, same, ctx));
  else if (complements.length) reasons.push(becauseYou(candidate, complements, ctx));
  else if (signals.similarity > 0) {
    const used = closest(candidate, [...Object.keys(ctx.weights.dapps), ...ctx.feedback.alreadyUse], ctx);
    const liked = closest(candidate, ctx.feedback.liked, ctx);
    if (liked && (!used || similarity(candidate, liked, ctx) >= similarity(candidate, used, ctx))) reasons.push({ type: 'liked', dapp: liked });
    else if (used) reasons.push({ type: 'similar-to', dapp: used });
    else if (ctx.query) reasons.push({ type: 'matches-query', query: ctx.query });
  }
  const chain = activeChain(candidate, ctx);
  if (chain !== null && (candidate.popularity >= 4 || !reasons.length)) reasons.push({ type: 'popular-on-chain', category: candidate.category, chain });
  if (!reasons.length) reasons.push({ type: 'popular', category: candidate.category });
  return reasons;
}

function similarity(candidate: Dapp, other: string, ctx: ExplainContext): number {
  const [a, b] = [ctx.index.vector(candidate.id), ctx.index.vector(other)];
  return a && b ? dot(a, b) : -Infinity;
}
