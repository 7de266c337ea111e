export interface MmrCandidate {
  id: string;
  score: number;
  category: string;
  vector: Float32Array | undefined;
}

const cosine = (a: Float32Array, b: Float32Array) => {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i]! * b[i]!;
  return dot;
};

/**
 * Maximal marginal relevance: picks, one at a time, the candidate with the best balance of its
 * own score and its difference from what is already picked, so the list does not fill with
 * near-duplicates. Within the first five, at most `maxPerCategory` come from one category.
 */
export function selectDiverse(candidates: readonly MmrCandidate[], count: number, lambda: number, maxPerCategory: number | null): MmrCandidate[] {
  const pool = [...candidates].sort((a, b) => b.score - a.score).slice(0, Math.max(count * 6, 60));
  const min = Math.min(...pool.map((c) => c.score));
  const span = Math.max(...pool.map((c) => c.score)) - min || 1;
  const picked: MmrCandidate[] = [];
  const perCategory = new Map<string, number>();
  while (picked.length < count && pool.length > 0) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      const c = pool[i]!;
      if (maxPerCategory !== null && picked.length < 5 && (perCategory.get(c.category) ?? 0) >= maxPerCategory) continue;
      const redundancy = c.vector ? Math.max(0, ...picked.map((p) => (p.vector ? cosine(c.vector!, p.vector) : 0))) : 0;
      const value = lambda * ((c.score - min) / span) - (1 - lambda) * redundancy;
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
    const [chosen] = pool.splice(best, 1);
    picked.push(chosen!);
    perCategory.set(chosen!.category, (perCategory.get(chosen!.category) ?? 0) + 1);
  }
  return picked;
}
