import { dot } from '../embedding/dot';

export interface MmrCandidate {
  id: string;
  score: number;
  category: string;
  vector: Float32Array | undefined;
}

/**
 * Maximal marginal relevance: picks, one at a time, the candidate with the best balance of its
 * own score and its difference from what is already picked, so the list does not fill with
 * near-duplicates. Within the first five, at most `maxPerCategory` come from one category.
 */
export function selectDiverse(candidates: readonly MmrCandidate[], count: number, lambda: number, maxPerCategory: number | null): MmrCandidate[] {
  const pool = [...candidates].sort((a, b) => b.score - a.score).slice(0, Math.max(count * 6, 60));
  let min = Infinity;
  let max = -Infinity;
  for (const c of pool) [min, max] = [Math.min(min, c.score), Math.max(max, c.score)];
  const span = max - min || 1;
  // Each candidate's highest similarity to anything picked so far, updated with each new pick only.
  const redundancy = new Float64Array(pool.length);
  const taken = new Uint8Array(pool.length);
  const picked: MmrCandidate[] = [];
  const perCategory = new Map<string, number>();
  while (picked.length < count && picked.length < pool.length) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const c = pool[i]!;
      if (taken[i]) continue;
      if (maxPerCategory !== null && picked.length < 5 && (perCategory.get(c.category) ?? 0) >= maxPerCategory) continue;
      const value = lambda * ((c.score - min) / span) - (1 - lambda) * redundancy[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    // Every remaining candidate is in a full category: relax the rule rather than return fewer.
    if (best < 0) {
      maxPerCategory = null;
      continue;
    }
    const chosen = pool[best]!;
    taken[best] = 1;
    picked.push(chosen);
    perCategory.set(chosen.category, (perCategory.get(chosen.category) ?? 0) + 1);
    if (chosen.vector) {
      for (let i = 0; i < pool.length; i++) {
        const v = pool[i]!.vector;
        if (!taken[i] && v) redundancy[i] = Math.max(redundancy[i]!, dot(v, chosen.vector));
      }
    }
  }
  return picked;
}
