import { describe, expect, it } from 'vitest';
import { groupByInterest } from './group-by-interest';
import type { Reason } from './reason';

const item = (id: string, ...reasons: Reason[]) => ({ id, reasons });
const lend: Reason = { type: 'because-you', action: 'supply', dapps: ['aave'], chain: 1 };
const stake: Reason = { type: 'because-you', action: 'stake', dapps: ['lido'], chain: 1 };
const popular: Reason = { type: 'popular', category: 'dex' };

describe('groupByInterest', () => {
  it('makes one group per action the reasons name, in rank order, with general picks last', () => {
    const groups = groupByInterest([item('a', popular), item('b', lend), item('c', stake), item('d', lend, popular)]);
    expect(groups.map((g) => [g.interest, g.picks.map((p) => p.id)])).toEqual([
      [{ type: 'action', action: 'supply' }, ['b', 'd']],
      [{ type: 'action', action: 'stake' }, ['c']],
      [{ type: 'popular' }, ['a']],
    ]);
  });

  it('prefers the user’s own action over a likeness, and a like over a likeness', () => {
    const [a, b] = groupByInterest([item('x', { type: 'similar-to', dapp: 'lido' }, stake), item('y', { type: 'similar-to', dapp: 'lido' }, { type: 'liked', dapp: 'aave' })]);
    expect(a!.interest).toEqual({ type: 'action', action: 'stake' });
    expect(b!.interest).toEqual({ type: 'liked', dapp: 'aave' });
  });

  it('caps each row', () => {
    const groups = groupByInterest(Array.from({ length: 9 }, (_, i) => item(String(i), lend)), 4);
    expect(groups[0]!.picks).toHaveLength(4);
  });
});
