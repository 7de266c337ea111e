import { describe, expect, it } from 'vitest';
import { runPersonas } from '../../scripts/eval/run-personas';

// Floors for the persona evaluation on its test split, which nothing is tuned on (measured:
// reports/ranking-eval.json). A change to the ranker that falls below them, or below a baseline, fails here.
const PRECISION_FLOOR = 0.52;
const CATEGORY_PRECISION_FLOOR = 0.7;

describe('recommendations on the evaluation personas', async () => {
  const { personas, average: bySplit } = await runPersonas();
  const average = bySplit.test;

  it('has at least 30 personas', () => {
    expect(personas.length).toBeGreaterThanOrEqual(30);
  });

  it('never recommends a dApp the persona already uses', () => {
    expect(personas.filter((p) => p.metrics.full.usedRate > 0).map((p) => p.file)).toEqual([]);
  });

  it('beats the popularity-only and similarity-only baselines on precision@5, above the floor', () => {
    expect(average.full.precisionAt5).toBeGreaterThan(average.popularityOnly.precisionAt5);
    expect(average.full.precisionAt5).toBeGreaterThan(average.similarityOnly.precisionAt5);
    expect(average.full.precisionAt5).toBeGreaterThanOrEqual(PRECISION_FLOOR);
    expect(average.full.categoryPrecisionAt5).toBeGreaterThanOrEqual(CATEGORY_PRECISION_FLOOR);
  });

  it('spreads the top five over more categories than similarity alone (the at-most-2 rule itself: lib/ranking tests)', () => {
    expect(average.full.diversity).toBeGreaterThan(average.similarityOnly.diversity);
  });
});
