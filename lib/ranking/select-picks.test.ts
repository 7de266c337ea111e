import { describe, expect, it } from 'vitest';
import type { Interest } from '../profile/profile-interests';
import { RANKING_WEIGHTS as W } from './ranking-weights';
import type { CatalogScores } from './score-catalog';
import { coverInterests, selectPicks } from './select-picks';
import { handBuiltDapps as dapps, handBuiltIndex as index } from './testing/hand-built-catalog';
import type { UserInterest } from './user-interest';

const position = (id: string) => dapps.findIndex((d) => d.id === id);
/** Hand-set scores by id; every other dApp cannot be recommended. */
function scoresOf(byId: Record<string, number>): CatalogScores {
  const score = new Float64Array(dapps.length).fill(-Infinity);
  const eligible = new Uint8Array(dapps.length);
  for (const [id, s] of Object.entries(byId)) [score[position(id)], eligible[position(id)]] = [s, 1];
  return { score, eligible, signalsOf: () => ({ similarity: 0, category: 0, complement: 0, chain: 0, popularity: 0, starter: 0, penalty: 0 }) };
}
const interest = (category: Interest['category'], share: number): Interest => ({ category, share, dapps: [] });
const userWith = (interests: Interest[], categories: Record<string, number>): UserInterest => ({
  weights: { dapps: {}, categories, chains: {} },
  interests,
  vector: null,
  avoid: null,
  excluded: new Set(),
  newness: 0,
});
const ids = (positions: number[]) => positions.map((i) => dapps[i]!.id);

// Lending scores highest everywhere; staking and names trail.
const lendingFirst = scoresOf({ 'lend-main': 1, 'lend-arb': 0.95, 'lend-op': 0.9, 'lend-hacked': 0.85, aggregator: 0.5, 'swap-arb': 0.45, guard: 0.4, stake: 0.2, restake: 0.15, name: 0.1 });

describe('selectPicks', () => {
  it('keeps at most two of the first five from one category, unless the profile is that narrow after enough history', () => {
    const broad = ids(selectPicks({ dapps, index, scores: lendingFirst, user: userWith([], { lending: 0.5, dex: 0.5 }), events: 20, top: 8, W }));
    expect(broad.slice(0, 5).filter((id) => id.startsWith('lend')).length).toBe(2);
    const narrow = ids(selectPicks({ dapps, index, scores: lendingFirst, user: userWith([], { lending: 0.95 }), events: 20, top: 8, W }));
    expect(narrow.slice(0, 5).filter((id) => id.startsWith('lend')).length).toBeGreaterThan(2);
    const newcomer = ids(selectPicks({ dapps, index, scores: lendingFirst, user: userWith([], { lending: 1 }), events: 1, top: 8, W }));
    expect(newcomer.slice(0, 5).filter((id) => id.startsWith('lend')).length).toBe(1);
  });

  it('gives each main interest a place in the first five once there is enough history', () => {
    const user = userWith([interest('lending', 0.5), interest('liquid-staking', 0.3), interest('naming', 0.2)], { lending: 0.5, 'liquid-staking': 0.3, naming: 0.2 });
    const covered = ids(selectPicks({ dapps, index, scores: lendingFirst, user, events: W.coverageMinEvents, top: 8, W })).slice(0, 5);
    expect(covered).toContain('name');
    expect(covered.some((id) => id === 'stake' || id === 'restake')).toBe(true);
    expect(covered.some((id) => id.startsWith('lend'))).toBe(true);
    const early = ids(selectPicks({ dapps, index, scores: lendingFirst, user, events: W.coverageMinEvents - 1, top: 8, W })).slice(0, 5);
    expect(early).not.toContain('name');
  });

  it('covers an interest without pushing out another interest’s only pick', () => {
    const five = [position('lend-main'), position('aggregator'), position('stake'), position('guard'), position('lend-arb')];
    const out = ids(coverInterests(five, [...five, position('name')], ['lending', 'liquid-staking', 'naming'], dapps));
    expect(out).toEqual(['lend-main', 'aggregator', 'stake', 'guard', 'name']);
  });

  it('returns the plain top by score for baselines', () => {
    expect(ids(selectPicks({ dapps, index, scores: lendingFirst, user: userWith([], {}), events: 0, top: 3, W, plain: true }))).toEqual(['lend-main', 'lend-arb', 'lend-op']);
  });
});
