import type { VectorIndex } from '../embedding/vector-index';
import { simdScanner, type SimdScanner } from './simd-dot';

/**
 * The index's vectors as int8 with one scale per row: a quarter of the bytes to read, which is
 * what bounds a scan over thousands of dApps. The error (under 1/254 of a row's largest
 * component per component) is far below the gaps between dApps' similarities.
 */
export interface Int8Vectors {
  dimensions: number;
  /** Bytes per row: the dimensions rounded up to 16, zero-padded, for the SIMD scan. */
  stride: number;
  values: Int8Array;
  scale: Float32Array;
  /** The rows in WebAssembly memory with a SIMD scan over them; null where SIMD is missing (the scan then runs in JS). */
  simd: SimdScanner | null;
}

/** A query quantised the same way, held as 32-bit integers so a dot product stays in integer arithmetic. */
export interface Int8Query {
  values: Int32Array;
  scale: number;
}

const cache = new WeakMap<VectorIndex, Int8Vectors>();

/** Quantised once per index (an index's vectors never change after it is built); `simd: false` keeps the scan in JS. */
export function int8Vectors(index: VectorIndex, options: { simd?: boolean } = {}): Int8Vectors {
  const useSimd = options.simd ?? true;
  const cached = useSimd ? cache.get(index) : undefined;
  if (cached) return cached;
  const { data, dimensions: d } = index;
  const stride = Math.ceil(d / 16) * 16;
  const simd = useSimd ? simdScanner(index.size, stride) : null;
  const values = simd?.values ?? new Int8Array(index.size * stride);
  const scale = new Float32Array(index.size);
  for (let row = 0; row < index.size; row++) {
    const from = row * d;
    let max = 0;
    for (let k = 0; k < d; k++) max = Math.max(max, Math.abs(data[from + k]!));
    const s = max / 127 || 1;
    scale[row] = s;
    for (let k = 0; k < d; k++) values[row * stride + k] = Math.round(data[from + k]! / s);
  }
  const out = { dimensions: d, stride, values, scale, simd };
  if (useSimd) cache.set(index, out);
  return out;
}

export function int8Query(query: Float32Array): Int8Query {
  let max = 0;
  for (const x of query) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  return { values: Int32Array.from(query, (x) => Math.round(x / scale)), scale };
}

/** Integer dot products of every row with the query, in JS: four independent sums, no conversion per component. */
function scanInJs(vectors: Int8Vectors, q: Int32Array): Int32Array {
  const { values, dimensions: d, stride } = vectors;
  const out = new Int32Array(vectors.scale.length);
  const tail = d - (d % 8);
  for (let row = 0; row < out.length; row++) {
    const base = row * stride;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    let k = 0;
    for (; k < tail; k += 8) {
      const at = base + k;
      s0 = (s0 + values[at]! * q[k]! + values[at + 4]! * q[k + 4]!) | 0;
      s1 = (s1 + values[at + 1]! * q[k + 1]! + values[at + 5]! * q[k + 5]!) | 0;
      s2 = (s2 + values[at + 2]! * q[k + 2]! + values[at + 6]! * q[k + 6]!) | 0;
      s3 = (s3 + values[at + 3]! * q[k + 3]! + values[at + 7]! * q[k + 7]!) | 0;
    }
    for (; k < d; k++) s0 = (s0 + values[base + k]! * q[k]!) | 0;
    out[row] = (s0 + s1 + s2 + s3) | 0;
  }
  return out;
}

/**
 * Every dApp's dot product with the query, into `out` by catalog position (`rows[i]` is position
 * i's row in the index when the orders differ, −1 for a dApp without a vector, which scores 0).
 * Products of two int8 values summed over a row stay far inside 32 bits.
 */
export function int8Scan(vectors: Int8Vectors, query: Int8Query, out: Float64Array, rows: Int32Array | null): void {
  const dots = vectors.simd ? vectors.simd.scan(query.values) : scanInJs(vectors, query.values);
  const { scale } = vectors;
  for (let i = 0; i < out.length; i++) {
    const row = rows ? rows[i]! : i;
    out[i] = row < 0 ? 0 : dots[row]! * scale[row]! * query.scale;
  }
}
