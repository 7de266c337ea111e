// Coordinate search over the ranking weights on the persona evaluation: each round tries a few
// values per weight and keeps the best mean precision@5 (ties broken by category precision).
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
  const { average } = await runPersonas(w, ['full']);
  return average.full.precisionAt5 + average.full.categoryPrecisionAt5 / 100;
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
