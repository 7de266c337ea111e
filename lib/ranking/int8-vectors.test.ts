import { describe, expect, it } from 'vitest';
import { dot } from '../embedding/dot';
import { VectorIndex } from '../embedding/vector-index';
import { int8Query, int8Scan, int8Vectors } from './int8-vectors';

const unit = (v: number[]) => Float32Array.from(v.map((x) => x / Math.hypot(...v)));

describe('int8 vectors', () => {
  const rows = [unit([1, 2, 3, 4, 5, 6, 7, 8, 9]), unit([-3, 0.5, 2, -1, 0, 4, 1, 1, -2]), unit([0.1, 0.1, 0.1, 9, 0, 0, 0, 0, 0.3])];
  const index = new VectorIndex(['a', 'b', 'c'], rows, 9);
  const q = unit([2, -1, 0.5, 3, 1, 0, -2, 1, 1]);

  it('give the float dot product to within 1%, quantised once per index, with the SIMD scan and in JS alike', () => {
    const vectors = int8Vectors(index);
    expect(int8Vectors(index)).toBe(vectors);
    expect(vectors.simd).not.toBeNull();
    for (const v of [vectors, int8Vectors(index, { simd: false })]) {
      const out = new Float64Array(3);
      int8Scan(v, int8Query(q), out, null);
      rows.forEach((row, i) => expect(out[i]).toBeCloseTo(dot(row, q), 2));
    }
  });

  it('scan in the catalog order given, a position without a row scoring 0', () => {
    const out = new Float64Array(3);
    int8Scan(int8Vectors(index), int8Query(q), out, Int32Array.from([2, -1, 0]));
    expect(out[0]).toBeCloseTo(dot(rows[2]!, q), 2);
    expect(out[1]).toBe(0);
    expect(out[2]).toBeCloseTo(dot(rows[0]!, q), 2);
  });

  it('give the same integer sums in SIMD and in JS over many rows of the model’s size', () => {
    let seed = 3;
    const rand = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32) * 2 - 1;
    const many = Array.from({ length: 257 }, () => unit(Array.from({ length: 256 }, rand)));
    const big = new VectorIndex(many.map((_, i) => `d${i}`), many, 256);
    const query = int8Query(unit(Array.from({ length: 256 }, rand)));
    const [simd, js] = [new Float64Array(257), new Float64Array(257)];
    int8Scan(int8Vectors(big), query, simd, null);
    int8Scan(int8Vectors(big, { simd: false }), query, js, null);
    expect(Array.from(simd)).toEqual(Array.from(js));
  });
});
