import { tokenize } from './tokenize';

/** Jaccard overlap of two texts' word sets: the plain baseline for sentence similarity. */
export function wordOverlap(a: string, b: string): number {
  const x = new Set(tokenize(a));
  const y = new Set(tokenize(b));
  const shared = [...x].filter((w) => y.has(w)).length;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}
