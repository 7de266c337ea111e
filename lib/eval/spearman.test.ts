import { describe, expect, it } from 'vitest';
import { spearman } from './spearman';

describe('spearman', () => {
  it('is 1 for any monotonic relation and -1 for a reversed one', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 35, 1000])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
  });

  it('averages tied ranks (a textbook example)', () => {
    // x ranks 1,2.5,2.5,4 ; y ranks 1,2,3,4 → rho = 0.9487
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(0.9487, 3);
  });
});
