import { describe, expect, it } from 'vitest';
import { profileOf } from '../ranking/testing/hand-built-catalog';
import { emptyProfile } from './profile';
import { summarizeProfile, weeklyCounts } from './profile-summary';

const use = (count: number) => ({ log: 0, count, firstUsed: 0, lastUsed: 0, actions: {}, chains: {} });

describe('summarizeProfile', () => {
  it('turns weights into shares, largest first, and ranks dApps by use', () => {
    // The profile's sums are log2 of the weights: lending weighs 3, dex 1.
    const profile = { ...emptyProfile(60), categories: { lending: Math.log2(3), dex: 0 }, chains: { '1': 1, '8453': 1 }, dapps: { aave: use(7), uniswap: use(2), lido: use(9) } };
    const s = summarizeProfile(profile, 2);
    expect(s.categories).toEqual([{ id: 'lending', share: 0.75 }, { id: 'dex', share: 0.25 }]);
    expect(s.chains).toEqual([{ id: '1', share: 0.5 }, { id: '8453', share: 0.5 }]);
    expect(s.topDapps).toEqual([{ id: 'lido', count: 9 }, { id: 'aave', count: 7 }]);
  });

  it('shares follow the activity: three lending events and one dex event on the same day are 75 / 25 %', () => {
    const s = summarizeProfile(profileOf([['lend-arb', 'swap', 42161, 2], ['lend-arb', 'swap', 42161, 2], ['lend-arb', 'swap', 42161, 2], ['swap-arb', 'swap', 1, 2]]));
    expect(s.categories.map((c) => [c.id, Math.round(c.share * 100)])).toEqual([['lending', 75], ['dex', 25]]);
    expect(s.chains.map((c) => [c.id, Math.round(c.share * 100)])).toEqual([['42161', 75], ['1', 25]]);
  });

  it('is empty for an empty profile', () => {
    expect(summarizeProfile(emptyProfile(60))).toEqual({ categories: [], chains: [], topDapps: [] });
  });
});

describe('weeklyCounts', () => {
  it('counts events into weeks ending now, oldest first, ignoring the future and the too old', () => {
    const now = Date.UTC(2026, 2, 15);
    const day = 86_400_000;
    expect(weeklyCounts([now - day, now - 2 * day, now - 8 * day, now - 30 * day, now + day], now, 3)).toEqual([0, 1, 2]);
  });
});
