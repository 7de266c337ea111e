import { describe, expect, it } from 'vitest';
import { dot } from '../embedding/dot';
import type { Profile } from '../profile/profile';
import { catalogFeatures } from './catalog-features';
import { applyFeedback, noFeedback, type Feedback } from './feedback';
import { RANKING_WEIGHTS as W } from './ranking-weights';
import { scoreCatalog } from './score-catalog';
import { handBuiltDapps as dapps, handBuiltIndex as index, handBuiltLifecycle, handBuiltLookup, profileOf } from './testing/hand-built-catalog';
import { userInterest } from './user-interest';

const features = catalogFeatures(dapps, handBuiltLifecycle);
const at = (id: string) => features.position.get(id)!;
const dappOf = (id: string) => handBuiltLookup.byId.get(id);
const score = (profile: Profile, feedback: Feedback = noFeedback(), only?: 'popularity' | 'similarity') => {
  const user = userInterest({ index, profile, feedback, dappOf }, W);
  return { user, ...scoreCatalog({ dapps, index, features, user, events: profile.events, hiddenCategories: feedback.hiddenCategories, allChains: false, only, W }) };
};

// Lends on Arbitrum, swapped once: lending is the main interest, Arbitrum the main chain.
const lender = profileOf([['lend-main', 'supply', 42161, 30], ['lend-main', 'borrow', 42161, 20], ['lend-main', 'supply', 42161, 5], ['swap-main', 'swap', 42161, 10]]);
const swapper = profileOf([['swap-main', 'swap', 42161, 30], ['swap-main', 'swap', 42161, 20], ['swap-main', 'swap', 42161, 9], ['swap-main', 'swap', 42161, 2]]);

describe('scoreCatalog', () => {
  it('scores each dApp as the sum of its signals minus the penalty, times the off-chain and lifecycle factors', () => {
    const s = score(lender, applyFeedback(noFeedback(), { kind: 'not-interested', dappId: 'name' }));
    let checked = 0;
    for (const d of dapps) {
      const i = at(d.id);
      if (!s.eligible[i]) continue;
      const g = s.signalsOf(i);
      const offChain = !d.chains.includes(42161);
      const factor = (offChain ? W.offChainFactor : 1) * (d.id === 'lend-hacked' ? W.exploitedFactor : 1);
      expect(s.score[i], d.id).toBeCloseTo((g.similarity + g.category + g.complement + g.chain + g.popularity + g.starter - g.penalty) * factor, 9);
      checked++;
    }
    expect(checked).toBeGreaterThan(6);
    // Every signal is at work somewhere in this catalog, so dropping one from the sum changes a score.
    const all = dapps.filter((d) => s.eligible[at(d.id)]).map((d) => s.signalsOf(at(d.id)));
    for (const key of ['similarity', 'category', 'complement', 'chain', 'popularity', 'starter', 'penalty'] as const) expect(all.some((g) => g[key] > 0), key).toBe(true);
  });

  it('keeps a dApp on none of the user’s chains below a less popular one on them', () => {
    const s = score(lender);
    expect(s.signalsOf(at('lend-op')).chain).toBe(0);
    expect(s.score[at('lend-op')]).toBeLessThan(s.score[at('lend-arb')]!);
  });

  it('penalises by the mean similarity to the dApps marked not interested, above the catalog’s average of it', () => {
    const avoided = ['lend-main', 'name'];
    const feedback = avoided.reduce((f, id) => applyFeedback(f, { kind: 'not-interested', dappId: id }), noFeedback());
    const s = score(swapper, feedback);
    const meanSim = (id: string) => avoided.reduce((sum, a) => sum + dot(index.vector(a)!, index.vector(id)!), 0) / avoided.length;
    const catalogMean = dapps.reduce((sum, d) => sum + meanSim(d.id), 0) / dapps.length;
    const expected = W.notInterestedPenalty * Math.max(0, meanSim('lend-arb') - catalogMean);
    expect(expected).toBeGreaterThan(0);
    expect(s.signalsOf(at('lend-arb')).penalty).toBeCloseTo(expected, 2);
    expect(s.score[at('lend-arb')]).toBeLessThan(score(swapper).score[at('lend-arb')]!);
  });

  it('never scores sunset dApps, used ones or hidden categories; halves an exploited one', () => {
    const s = score(lender, applyFeedback(noFeedback(), { kind: 'hide-category', category: 'naming' }));
    for (const id of ['swap-closed', 'lend-main', 'swap-main', 'name']) expect(s.score[at(id)], id).toBe(-Infinity);
    const hacked = s.signalsOf(at('lend-hacked'));
    const raw = hacked.similarity + hacked.category + hacked.complement + hacked.chain + hacked.popularity + hacked.starter;
    expect(s.score[at('lend-hacked')]).toBeCloseTo(raw * W.exploitedFactor, 9);
  });

  it('gives a newcomer what helps someone starting out, and damps the category they just tried', () => {
    const s = score(profileOf([['swap-main', 'swap', 42161, 1]]));
    expect(s.user.newness).toBeCloseTo(Math.exp(-1 / W.newcomerEvents));
    for (const id of ['lend-arb', 'aggregator', 'guard']) expect(s.signalsOf(at(id)).starter, id).toBeGreaterThan(0);
    expect(s.signalsOf(at('swap-arb')).starter).toBe(0);
    expect(s.signalsOf(at('swap-arb')).category).toBeCloseTo(W.category * (1 - W.newcomerSameCategoryDamping * s.user.newness), 9);
    // One swap is all the history there is, yet a second DEX gets under half the affinity a practised swapper's would.
    expect(s.signalsOf(at('swap-arb')).category).toBeLessThan(W.category / 2);
    expect(s.score[at('aggregator')]).toBeGreaterThan(s.score[at('swap-arb')]!);
  });

  it('reads the user’s interest and their similarity from the vectors: the nearest unused dApp scores highest similarity', () => {
    const s = score(swapper);
    expect(s.signalsOf(at('swap-arb')).similarity).toBeCloseTo(W.similarity, 9);
    expect(s.signalsOf(at('name')).similarity).toBeLessThan(W.similarity / 4);
  });

  it('has single-signal baselines for the evaluation', () => {
    const pop = score(lender, noFeedback(), 'popularity');
    expect(pop.score[at('lend-arb')]).toBeCloseTo(pop.signalsOf(at('lend-arb')).popularity, 9);
    const sim = score(lender, noFeedback(), 'similarity');
    expect(sim.score[at('lend-arb')]).toBeCloseTo(sim.signalsOf(at('lend-arb')).similarity, 9);
  });
});
