import type { Dapp } from '../catalog/dapp-schema';
import type { ActionKind } from '../decode/decoded-action';
import type { Lifecycle } from '../catalog/lifecycle';
import { dot } from '../embedding/dot';
import type { VectorIndex } from '../embedding/vector-index';
import type { Profile } from '../profile/profile';
import { largestFirst, type ProfileWeights } from '../profile/profile-weights';
import { COMPLEMENTS } from './complements';
import type { Feedback } from './feedback';
import type { Reason, Signals } from './reason';
import { actionWording, TELLING_ACTIONS } from './telling-actions';

export interface ExplainContext {
  profile: Profile;
  weights: ProfileWeights;
  index: VectorIndex;
  feedback: Feedback;
  dappOf: (id: string) => Dapp | undefined;
  lifecycle: Lifecycle;
  /** How new the user is (1 with no history). */
  newness: number;
  /** Whether the user has only just started (too few events for a profile): only then does a pick say it suits someone starting out. */
  newcomer: boolean;
  query?: string;
}

/** At most this many dApps named in one reason. */
const NAMED = 2;
/** From this newness on (about one event), a starter pick says so first. */
const STARTER_FIRST = 0.7;
/**
 * "Similar to X" only above this cosine between the two dApps' vectors: above 90 % of the pairs of
 * catalog dApps in unrelated categories and below 75 % of the pairs in one category (the default
 * model's scale). Below it the nearest used dApp is merely the least unlike, not similar.
 */
const SIMILAR = 0.65;

/** Used dApps, most used first. */
const usedByWeight = (ctx: ExplainContext) => largestFirst(ctx.weights.dapps).map(([id]) => id);

/** The chain, among those the candidate supports, where the given dApps were used most (ties: where the user is most active). */
function chainOf(candidate: Dapp, ids: readonly string[], ctx: ExplainContext): number | null {
  const counts = new Map<number, number>();
  for (const id of ids) for (const [c, n] of Object.entries(ctx.profile.dapps[id]?.chains ?? {})) counts.set(Number(c), (counts.get(Number(c)) ?? 0) + n);
  const share = (c: number) => ctx.weights.chains[c] ?? 0;
  const best = [...counts].filter(([c]) => candidate.chains.includes(c)).sort((a, b) => b[1] - a[1] || share(b[0]) - share(a[0]))[0];
  return best ? best[0] : null;
}

/**
 * "Because you <action> on <dApps>": only dApps of the candidate's own category, and the action
 * that shows what that category is for (a lending pick cites supplying or borrowing, never a swap
 * or a withdrawal), naming the dApps that did it. Without such an action it cites the dApps used.
 */
function becauseYou(candidate: Dapp, ctx: ExplainContext): Reason | null {
  const same = usedByWeight(ctx).filter((id) => ctx.dappOf(id)?.category === candidate.category);
  if (!same.length) return null;
  const telling = TELLING_ACTIONS[candidate.category] ?? [];
  const count = (action: ActionKind) => same.reduce((n, id) => n + (ctx.profile.dapps[id]?.actions[action] ?? 0), 0);
  const action = telling.filter((a) => count(a) > 0).sort((a, b) => count(b) - count(a) || a.localeCompare(b))[0];
  const cited = (action ? same.filter((id) => (ctx.profile.dapps[id]?.actions[action] ?? 0) > 0) : same).slice(0, NAMED);
  return { type: 'because-you', action: action ? actionWording(candidate.category, action) : 'use', dapps: cited, chain: chainOf(candidate, cited, ctx) };
}

/** "Goes well with <dApps>": used dApps in a category the candidate complements, or that the candidate also covers. */
function goesWith(candidate: Dapp, ctx: ExplainContext): Reason | null {
  const related = usedByWeight(ctx).filter((id) => {
    const used = ctx.dappOf(id);
    return used !== undefined && (COMPLEMENTS[used.category].includes(candidate.category) || candidate.secondary.includes(used.category));
  });
  const cited = related.slice(0, NAMED);
  return cited.length ? { type: 'goes-with', dapps: cited, chain: chainOf(candidate, cited, ctx) } : null;
}

/** The used (or liked) dApp most like the candidate, weighted by how much it is used. */
function closest(candidate: Dapp, ids: readonly string[], ctx: ExplainContext): { id: string; similarity: number } | null {
  const v = ctx.index.vector(candidate.id);
  let best: { id: string; similarity: number; score: number } | null = null;
  for (const id of v ? ids : []) {
    const u = ctx.index.vector(id);
    if (!u) continue;
    const similarity = dot(u, v!);
    const score = similarity * Math.sqrt(ctx.weights.dapps[id] ?? 1);
    if (!best || score > best.score) best = { id, similarity, score };
  }
  return best;
}

function bySimilarity(candidate: Dapp, ctx: ExplainContext): Reason | null {
  const similar = (found: { id: string; similarity: number } | null) => (found && found.similarity >= SIMILAR ? found : null);
  const used = similar(closest(candidate, [...usedByWeight(ctx), ...ctx.feedback.alreadyUse], ctx));
  const liked = similar(closest(candidate, ctx.feedback.liked, ctx));
  if (liked && (!used || liked.similarity >= used.similarity)) return { type: 'liked', dapp: liked.id };
  if (used) return { type: 'similar-to', dapp: used.id };
  return ctx.query ? { type: 'matches-query', query: ctx.query } : null;
}

/** The user's most active chain that the candidate supports. */
function activeChain(candidate: Dapp, ctx: ExplainContext): number | null {
  const chain = largestFirst(ctx.weights.chains).find(([c]) => candidate.chains.includes(Number(c)));
  return chain === undefined ? null : Number(chain[0]);
}

function lifecycleReason(candidate: Dapp, ctx: ExplainContext): Reason | null {
  const entry = ctx.lifecycle.get(candidate.id);
  if (entry?.status === 'exploited') return { type: 'exploited', date: entry.date! };
  return entry?.status === 'deprecated' ? { type: 'deprecated' } : null;
}

/**
 * Step 4 of ranking: reasons from the evidence behind a score. A known exploit or deprecation comes
 * first, as a warning; then what the user does in the same category, else what the pick goes
 * with, else the used or liked dApp it is most like; for a newcomer, that it helps someone starting
 * out; and a popular dApp on the chain where the user is most active says so. Each reason names
 * the dApps, actions and chains that produced it.
 */
export function explain(candidate: Dapp, signals: Signals, ctx: ExplainContext): Reason[] {
  const evidence = (signals.category > 0 ? becauseYou(candidate, ctx) : null) ?? (signals.complement > 0 || signals.category > 0 ? goesWith(candidate, ctx) : null) ?? (signals.similarity > 0 ? bySimilarity(candidate, ctx) : null);
  const starter: Reason | null = ctx.newcomer && signals.starter > 0 ? { type: 'starter', category: candidate.category } : null;
  const ordered = ctx.newness >= STARTER_FIRST ? [starter, evidence] : [evidence, starter];
  const reasons = [lifecycleReason(candidate, ctx), ...ordered].filter((r): r is Reason => r !== null);
  const chain = activeChain(candidate, ctx);
  if (chain !== null && (candidate.popularity >= 4 || reasons.length === 0)) reasons.push({ type: 'popular-on-chain', category: candidate.category, chain });
  if (!reasons.some((r) => r.type !== 'exploited' && r.type !== 'deprecated')) reasons.push({ type: 'popular', category: candidate.category });
  return reasons;
}
