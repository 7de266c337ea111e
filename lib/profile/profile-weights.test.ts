import { describe, expect, it } from 'vitest';
import { largestFirst } from './profile-weights';

describe('largestFirst', () => {
  it('orders chain ids by share, not by the ascending order objects give integer keys', () => {
    const chains = { 42161: 0.6, 1: 0.1, 8453: 0.3 };
    expect(Object.keys(chains)[0]).toBe('1');
    expect(largestFirst(chains).map(([c]) => c)).toEqual(['42161', '8453', '1']);
  });
});
