import { describe, expect, it } from 'vitest';
import { dot } from '../embedding/dot';
import { VectorIndex } from '../embedding/vector-index';
import { int8Dot, int8Vectors } from './int8-vectors';

const unit = (v: number[]) => Float32Array.from(v.map((x) => x / Math.hypot(...v)));

describe('int8 vectors', () => {
  it('give the float dot product to within 1%, once per index', () => {
    const rows = [unit([1, 2, 3, 4, 5, 6, 7, 8, 9]), unit([-3, 0.5, 2, -1, 0, 4, 1, 1, -2]), unit([0.1, 0.1, 0.1, 9, 0, 0, 0, 0, 0.3])];
    const index = new VectorIndex(['a', 'b', 'c'], rows, 9);
    const q = unit([2, -1, 0.5, 3, 1, 0, -2, 1, 1]);
    const vectors = int8Vectors(index);
    expect(int8Vectors(index)).toBe(vectors);
    rows.forEach((row, i) => expect(int8Dot(vectors, i, q)).toBeCloseTo(dot(row, q), 2));
  });
});
