import { describe, expect, it } from 'vitest';
import { defaultLookup } from '../catalog/default-lookup';
import type { EnrichedEvent } from '../profile/profile';
import { leaveLastAdoptedOut } from './leave-one-out';

const lookup = defaultLookup();
const event = (time: number, dappId: string | null, touched: string[] = []): EnrichedEvent => ({
  time, chainId: 1, outcome: { status: 'ok' }, dappId, via: dappId ? 'origin' : null, action: { kind: 'swap' }, touched,
});

describe('leaveLastAdoptedOut', () => {
  it('hides the dApp first used last, with its events and touches, and keeps the rest', () => {
    const out = leaveLastAdoptedOut(lookup, [event(1, 'uniswap'), event(2, 'aave', ['lido']), event(3, 'lido'), event(4, 'uniswap')], 60)!;
    expect(out.hidden).toBe('lido');
    expect(Object.keys(out.profile.dapps).sort()).toEqual(['aave', 'uniswap']);
    expect(out.profile.touched).toEqual([]);
    expect(out.profile.events).toBe(3);
  });

  it('has nothing to hide with a single dApp', () => {
    expect(leaveLastAdoptedOut(lookup, [event(1, 'uniswap'), event(2, null)], 60)).toBeNull();
  });
});
