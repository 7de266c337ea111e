import { describe, expect, it } from 'vitest';
import { withinDepth } from './json-depth';

const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: [nested(depth - 1)].slice(0, 1)[0] });

describe('withinDepth', () => {
  it('counts arrays and objects as levels, not scalars', () => {
    expect(withinDepth('x', 0)).toBe(true);
    expect(withinDepth(null, 0)).toBe(true);
    expect(withinDepth([], 0)).toBe(false);
    expect(withinDepth([{ calls: [{ to: '0x' }] }], 4)).toBe(true);
    expect(withinDepth([{ calls: [{ to: '0x' }] }], 3)).toBe(false);
  });

  it('rejects a value 5,000 deep without walking all of it', () => {
    const deep = JSON.parse('['.repeat(5_000) + ']'.repeat(5_000));
    expect(withinDepth(deep, 8)).toBe(false);
    expect(withinDepth(nested(8), 8)).toBe(true);
    expect(withinDepth(nested(9), 8)).toBe(false);
  });
});
