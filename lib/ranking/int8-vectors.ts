import type { VectorIndex } from '../embedding/vector-index';

/**
 * The index's vectors as int8 with one scale per row: a quarter of the bytes to read, which is
 * what bounds a scan over thousands of dApps. The error (under 1/254 of a row's largest
 * component per component) is far below the gaps between dApps' similarities.
 */
export interface Int8Vectors {
  dimensions: number;
  values: Int8Array;
  scale: Float32Array;
}

const cache = new WeakMap<VectorIndex, Int8Vectors>();

/** Quantised once per index (an index's vectors never change after it is built). */
export function int8Vectors(index: VectorIndex): Int8Vectors {
  const cached = cache.get(index);
  if (cached) return cached;
  const { data, dimensions: d } = index;
  const values = new Int8Array(data.length);
  const scale = new Float32Array(index.size);
  for (let row = 0, base = 0; row < index.size; row++, base += d) {
    let max = 0;
    for (let k = 0; k < d; k++) max = Math.max(max, Math.abs(data[base + k]!));
    const s = max / 127 || 1;
    scale[row] = s;
    for (let k = 0; k < d; k++) values[base + k] = Math.round(data[base + k]! / s);
  }
  const out = { dimensions: d, values, scale };
  cache.set(index, out);
  return out;
}

/** Dot product of one stored row with a float query. Eight independent sums let the multiply-adds overlap. */
export function int8Dot(vectors: Int8Vectors, row: number, query: Float32Array): number {
  const { values, dimensions: d } = vectors;
  const base = row * d;
  const tail = d - (d % 8);
  let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
  let k = 0;
  for (; k < tail; k += 8) {
    const at = base + k;
    s0 += values[at]! * query[k]!;
    s1 += values[at + 1]! * query[k + 1]!;
    s2 += values[at + 2]! * query[k + 2]!;
    s3 += values[at + 3]! * query[k + 3]!;
    s4 += values[at + 4]! * query[k + 4]!;
    s5 += values[at + 5]! * query[k + 5]!;
    s6 += values[at + 6]! * query[k + 6]!;
    s7 += values[at + 7]! * query[k + 7]!;
  }
  for (; k < d; k++) s0 += values[base + k]! * query[k]!;
  return (s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7) * vectors.scale[row]!;
}
