/** Positions of the `k` largest scores, best first: one pass, without sorting every candidate. */
export function topByScore(scores: ArrayLike<number>, k: number, keep: (i: number) => boolean = () => true): number[] {
  const best: number[] = [];
  for (let i = 0; i < scores.length; i++) {
    if (!keep(i)) continue;
    const s = scores[i]!;
    if (best.length === k && s <= scores[best[k - 1]!]!) continue;
    let at = best.length;
    while (at > 0 && scores[best[at - 1]!]! < s) at--;
    best.splice(at, 0, i);
    if (best.length > k) best.pop();
  }
  return best;
}
