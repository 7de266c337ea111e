import type { SimilarityPair } from './eval-data';
import { spearman } from './spearman';

/** Spearman correlation between a similarity function's scores and the human grades. */
export async function similarityCorrelation(pairs: readonly SimilarityPair[], similarity: (a: string[], b: string[]) => Promise<number[]>): Promise<number> {
  const scores = await similarity(pairs.map((p) => p.a), pairs.map((p) => p.b));
  return spearman(scores, pairs.map((p) => p.grade));
}

/** Cosine of two unit vectors. */
export function cosine(a: Float32Array | number[], b: Float32Array | number[]): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
}
