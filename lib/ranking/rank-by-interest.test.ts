import { describe, expect, it } from 'vitest';
import { COMPLEMENTS } from './complements';
import { noFeedback } from './feedback';
import { rankByInterest } from './rank-by-interest';
import { handBuiltDapps as dapps, handBuiltIndex as index, handBuiltLifecycle as lifecycle, handBuiltLookup, profileOf } from './testing/hand-built-catalog';

describe('rankByInterest', () => {
  it('gives one row per interest ("Because you stake"), each with picks that do or go with it, none twice', () => {
    const profile = profileOf([['stake', 'stake', 1, 20], ['stake', 'stake', 1, 3], ['swap-main', 'swap', 1, 5], ['name', 'register-name', 1, 10]]);
    const groups = rankByInterest({ dapps, index, profile, feedback: noFeedback(), lifecycle }, 2);
    expect(groups.map((g) => g.interest.category)).toEqual(['liquid-staking', 'dex', 'naming']);
    const seen = new Set<string>();
    for (const { interest, picks } of groups) {
      expect(picks.length).toBeGreaterThan(0);
      for (const p of picks) {
        const d = handBuiltLookup.byId.get(p.id)!;
        expect(d.category === interest.category || d.secondary.includes(interest.category) || COMPLEMENTS[interest.category].includes(d.category), `${p.id} in ${interest.category}`).toBe(true);
        expect(seen.has(p.id)).toBe(false);
        seen.add(p.id);
      }
    }
    expect(groups[0]!.picks[0]!.id).toBe('restake');
  });
});
