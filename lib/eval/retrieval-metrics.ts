/** Share of the relevant ids found in the first k results, out of as many as fit in k. */
export function recallAtK(ranked: readonly string[], relevant: readonly string[], k: number): number {
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / Math.min(relevant.length, k);
}

/** 1 / rank of the first relevant result, 0 when none is found. */
export function reciprocalRank(ranked: readonly string[], relevant: readonly string[]): number {
  const set = new Set(relevant);
  const i = ranked.findIndex((id) => set.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}
