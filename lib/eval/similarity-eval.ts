import type { SimilarityPair } from './eval-data';
import { spearman } from './spearman';

/** Spearman correlation between a similarity function's scores and the human grades. */
export async function similarityCorrelation(pairs: readonly SimilarityPair[], similarity: (a: string[], b: string[]) => Promise<number[]>): Promise<number> {
  const scores = await similarity(pairs.map((p) => p.a), pairs.map((p) => p.b));
  return spearman(scores, pairs.map((p) => p.grade));
}

