import { describe, expect, it } from 'vitest';
import { VectorIndex } from './vector-index';

function unit(...xs: number[]): Float32Array {
  const n = Math.hypot(...xs);
  return Float32Array.from(xs, (x) => x / n);
}

describe('VectorIndex', () => {
  const index = new VectorIndex(['a', 'b', 'c', 'd'], [unit(1, 0, 0), unit(0, 1, 0), unit(1, 1, 0), unit(-1, 0, 0)], 3);

  it('returns the k best by cosine, best first', () => {
    const top = index.topK(unit(1, 0.1, 0), 3);
    expect(top.map((t) => t.id)).toEqual(['a', 'c', 'b']);
    expect(top[0]!.score).toBeCloseTo(0.995, 3);
  });

  it('agrees with a brute-force sort on random data', () => {
    const dims = 16;
    const rand = (seed: number) => () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const r = rand(42);
    const vectors = Array.from({ length: 500 }, () => unit(...Array.from({ length: dims }, r)));
    const ids = vectors.map((_, i) => `d${i}`);
    const big = new VectorIndex(ids, vectors, dims);
    const q = unit(...Array.from({ length: dims }, r));
    const brute = vectors
      .map((v, i) => ({ id: ids[i]!, score: v.reduce((s, x, k) => s + x * q[k]!, 0) }))
      .sort((x, y) => y.score - x.score)
      .slice(0, 10);
    const got = big.topK(q, 10);
    expect(got.map((g) => g.id)).toEqual(brute.map((b) => b.id));
  });

  it('filters by position and looks vectors up by id', () => {
    expect(index.topK(unit(1, 0, 0), 2, (i) => i !== 0).map((t) => t.id)).toEqual(['c', 'b']);
    expect(Array.from(index.vector('b')!)).toEqual([0, 1, 0]);
    expect(index.vector('zzz')).toBeUndefined();
  });

  it('rejects vectors of the wrong size', () => {
    expect(() => new VectorIndex(['x'], [new Float32Array(2)], 3)).toThrow(/2 dimensions, expected 3/);
  });
});
