import { describe, expect, it } from 'vitest';
import type { Dapp } from '../catalog/dapp-schema';
import type { Profile } from '../profile/profile';
import { profileWeights } from '../profile/profile-weights';
import { explain } from './explain';
import { noFeedback } from './feedback';
import type { Signals } from './reason';
import { handBuiltIndex as index, handBuiltLifecycle as lifecycle, handBuiltLookup, profileOf } from './testing/hand-built-catalog';

const dapp = (id: string): Dapp => handBuiltLookup.byId.get(id)!;
const signals = (s: Partial<Signals>): Signals => ({ similarity: 0, category: 0, complement: 0, chain: 0, popularity: 0, starter: 0, penalty: 0, ...s });
const context = (profile: Profile, newness = 0) => ({ profile, weights: profileWeights(profile), index, feedback: noFeedback(), dappOf: (id: string) => handBuiltLookup.byId.get(id), lifecycle, newness, newcomer: profile.events < 3 });

// Lends on lend-arb, swaps on swap-main (more often), mostly on Arbitrum, once on Ethereum.
const profile = profileOf([
  ['swap-main', 'swap', 42161, 40],
  ['swap-main', 'swap', 42161, 30],
  ['swap-main', 'swap', 1, 25],
  ['lend-arb', 'supply', 42161, 20],
  ['lend-arb', 'borrow', 42161, 10],
  ['swap-main', 'swap', 42161, 5],
]);

describe('explain', () => {
  it('cites only lending for a lending pick, even one that also does swaps (never "lend on X and <a DEX>")', () => {
    const [first] = explain(dapp('lend-main'), signals({ category: 0.2, complement: 0.1 }), context(profile));
    expect(first).toEqual({ type: 'because-you', action: 'borrow', dapps: ['lend-arb'], chain: 42161 });
  });

  it('says a complement goes with what the user does rather than that they do it', () => {
    const [first] = explain(dapp('aggregator'), signals({ complement: 0.15 }), context(profile));
    expect(first).toEqual({ type: 'goes-with', dapps: ['swap-main'], chain: 42161 });
  });

  it('names the chain where the user is most active, not the lowest chain id', () => {
    const reasons = explain(dapp('guard'), signals({ similarity: 0.1 }), context(profile));
    expect(reasons).toContainEqual({ type: 'popular-on-chain', category: 'security-tools', chain: 42161 });
  });

  it('differs between picks whose evidence differs', () => {
    const lending = explain(dapp('lend-main'), signals({ category: 0.2 }), context(profile))[0];
    const swapping = explain(dapp('swap-arb'), signals({ category: 0.2 }), context(profile))[0];
    expect(lending).not.toEqual(swapping);
    expect(swapping).toMatchObject({ type: 'because-you', action: 'swap', dapps: ['swap-main'] });
  });

  it('puts a known exploit first, with its date', () => {
    const reasons = explain(dapp('lend-hacked'), signals({ category: 0.2 }), context(profile));
    expect(reasons[0]).toEqual({ type: 'exploited', date: '2024-10-16' });
    expect(reasons[1]?.type).toBe('because-you');
  });

  it('tells a newcomer a pick helps someone starting out, before weaker evidence', () => {
    const newcomer = profileOf([['swap-main', 'swap', 42161, 1]]);
    const reasons = explain(dapp('lend-arb'), signals({ complement: 0.05, starter: 0.2 }), context(newcomer, 0.8));
    expect(reasons.slice(0, 2)).toEqual([{ type: 'starter', category: 'lending' }, { type: 'goes-with', dapps: ['swap-main'], chain: 42161 }]);
  });

  it('falls back on a used dApp that is really similar, then on popularity', () => {
    const lender = profileOf([['lend-arb', 'supply', 42161, 20], ['lend-arb', 'supply', 42161, 10], ['lend-arb', 'supply', 42161, 5]]);
    expect(explain(dapp('swap-arb'), signals({ similarity: 0.1 }), context(profile))[0]).toEqual({ type: 'similar-to', dapp: 'swap-main' });
    // The restaking protocol's nearest used dApp is a lending market, with a cosine of 0.2: nearest, not similar.
    expect(explain(dapp('restake'), signals({ similarity: 0.1 }), context(lender))).toEqual([{ type: 'popular', category: 'restaking' }]);
    expect(explain(dapp('name'), signals({}), context(profileOf([])))).toEqual([{ type: 'popular', category: 'naming' }]);
  });

  it('says a pick suits someone starting out only to a newcomer, whatever the starter signal', () => {
    const experienced = explain(dapp('lend-main'), signals({ category: 0.2, starter: 0.001 }), context(profile));
    expect(experienced.map((r) => r.type)).not.toContain('starter');
  });

  it('cites the action that shows what the category is for, never an exit or a vote', () => {
    const exits = profileOf([
      ['lend-arb', 'withdraw', 42161, 30],
      ['lend-arb', 'withdraw', 42161, 20],
      ['lend-arb', 'repay', 42161, 15],
      ['lend-arb', 'supply', 42161, 10],
      ['swap-main', 'vote', 1, 9],
      ['swap-main', 'vote', 1, 8],
      ['swap-main', 'swap', 1, 7],
    ]);
    expect(explain(dapp('lend-main'), signals({ category: 0.2 }), context(exits))[0]).toMatchObject({ action: 'supply', dapps: ['lend-arb'] });
    expect(explain(dapp('swap-arb'), signals({ category: 0.2 }), context(exits))[0]).toMatchObject({ action: 'swap', dapps: ['swap-main'] });
    // Only exits: the lending pick names the dApp used, with no verb.
    const onlyExits = profileOf([['lend-arb', 'withdraw', 42161, 3], ['lend-arb', 'withdraw', 42161, 2], ['lend-arb', 'repay', 42161, 1]]);
    expect(explain(dapp('lend-main'), signals({ category: 0.2 }), context(onlyExits))[0]).toEqual({ type: 'because-you', action: 'use', dapps: ['lend-arb'], chain: 42161 });
  });
});
