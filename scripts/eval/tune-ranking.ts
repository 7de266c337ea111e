// Coordinate search over the ranking weights on the persona evaluation's dev split only (the test
// split is for reporting): each round tries a few values per weight and keeps the best mean of
// precision@5 and leave-one-out hit@10 (ties broken by category precision).
// Prints the best weights; copy them into lib/ranking/ranking-weights.ts by hand, with the report.
import { RANKING_WEIGHTS, type RankingWeights } from '../../lib/ranking/ranking-weights';
import { runPersonas } from './run-personas';

const GRID: Partial<Record<keyof RankingWeights, number[]>> = {
  similarity: [0.2, 0.35, 0.5, 0.7],
  category: [0.1, 0.2, 0.3, 0.45],
  complement: [0, 0.1, 0.2, 0.35],
  chain: [0, 0.1, 0.15, 0.3],
  popularity: [0.1, 0.25, 0.4],
  mmrLambda: [0.6, 0.75, 0.9],
};

const score = async (w: RankingWeights) => {
  const { dev } = (await runPersonas(w, ['full'])).average;
  return (dev.full.precisionAt5 + (dev.full.leaveOneOutHitAt10 ?? 0)) / 2 + dev.full.categoryPrecisionAt5 / 100;
};

let best: RankingWeights = { ...RANKING_WEIGHTS };
let bestScore = await score(best);
console.log('start', bestScore.toFixed(4));
for (let round = 0; round < 2; round++) {
  for (const [key, values] of Object.entries(GRID) as [keyof RankingWeights, number[]][]) {
    for (const value of values) {
      if (value === best[key]) continue;
      const candidate = { ...best, [key]: value };
      const s = await score(candidate);
      if (s > bestScore + 1e-9) {
        [best, bestScore] = [candidate, s];
        console.log(`round ${round} ${key}=${value} → ${s.toFixed(4)}`);
      }
    }
  }
}
console.log(JSON.stringify(best, null, 2));
