import { describe, expect, it } from 'vitest';
import { boundedEdits } from './bounded-edits';

describe('boundedEdits', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(boundedEdits('uniswp', 'uniswap', 2)).toBe(1);
    expect(boundedEdits('lendng', 'lending', 2)).toBe(1);
    expect(boundedEdits('murh', 'much', 2)).toBe(1);
    expect(boundedEdits('opensae', 'opensea', 2)).toBe(1);
    expect(boundedEdits('prediciton', 'prediction', 2)).toBe(1);
    expect(boundedEdits('tiket', 'tickets', 2)).toBe(2);
    expect(boundedEdits('same', 'same', 1)).toBe(0);
  });
  it('answers max + 1 for anything further', () => {
    expect(boundedEdits('asdfghjkl', 'staking', 2)).toBe(3);
    expect(boundedEdits('tiket', 'tickets', 1)).toBe(2);
    expect(boundedEdits('a', 'abcdef', 2)).toBe(3);
  });
});
