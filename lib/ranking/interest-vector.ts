import type { VectorIndex } from '../embedding/vector-index';

/** Weighted mean of the vectors of the given dApps (and any extra vectors), unit length; null when there is nothing. */
export function interestVector(index: VectorIndex, weights: ReadonlyMap<string, number>, extra: readonly { vector: Float32Array; weight: number }[] = []): Float32Array | null {
  const out = new Float32Array(index.dimensions);
  let any = false;
  const add = (v: Float32Array, w: number) => {
    for (let k = 0; k < v.length; k++) out[k]! += w * v[k]!;
    any = true;
  };
  for (const [id, w] of weights) {
    const v = index.vector(id);
    if (v && w > 0) add(v, w);
  }
  for (const { vector, weight } of extra) add(vector, weight);
  const norm = Math.hypot(...out);
  return any && norm > 0 ? out.map((x) => x / norm) : null;
}
