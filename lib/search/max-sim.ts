import type { TokenVectors } from '../embedding/token-vectors';

/**
 * Late interaction: each query token finds its best match among the document's tokens, and the
 * matches are averaged by the query tokens' weights. A rare word the document really contains
 * counts in full instead of being averaged away in one pooled vector.
 */
export function maxSim(query: TokenVectors, doc: TokenVectors): number {
  const d = query.dimensions;
  const qn = query.weights.length;
  const dn = doc.weights.length;
  let total = 0;
  let weight = 0;
  for (let i = 0; i < qn; i++) {
    let best = -1;
    for (let j = 0; j < dn; j++) {
      let dot = 0;
      for (let k = 0, a = i * d, b = j * d; k < d; k++) dot += query.data[a + k]! * doc.data[b + k]!;
      if (dot > best) best = dot;
    }
    total += query.weights[i]! * best;
    weight += query.weights[i]!;
  }
  return weight > 0 ? total / weight : 0;
}
