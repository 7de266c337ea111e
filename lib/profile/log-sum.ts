/**
 * Recency-weighted sums kept in log2 space: an event of weight w at time t adds w·2^(t/H). Sums then
 * grow by plain addition (so incremental updates equal a recomputation). Every sum decays by the
 * same factor, so shares of them need no clock (profile-weights.ts). Log space keeps 2^(t/H) from
 * overflowing.
 */
export function addLog(logSum: number, weight: number, time: number, halfLifeMs: number): number {
  const term = Math.log2(weight) + time / halfLifeMs;
  if (logSum === -Infinity) return term;
  const m = Math.max(logSum, term);
  return m + Math.log2(2 ** (logSum - m) + 2 ** (term - m));
}
