import { describe, expect, it } from 'vitest';
import { runPersonas } from '../../scripts/eval/run-personas';

// Floors for the persona evaluation on its test split, which nothing is tuned on (measured:
// reports/ranking-eval.json, test split: P@5 0.548, category P@5 0.733, leave-one-out hit@10 0.368,
// interest coverage 0.978, bad@5 0.015). A change to the ranker that falls below them, or below a
// baseline, fails here.
const PRECISION_FLOOR = 0.52;
const CATEGORY_PRECISION_FLOOR = 0.7;
const LEAVE_ONE_OUT_FLOOR = 0.3;
const COVERAGE_FLOOR = 0.9;
const BAD_CEILING = 0.05;

describe('recommendations on the evaluation personas', async () => {
  const { personas, average: bySplit } = await runPersonas();
  const average = bySplit.test;

  it('has at least 50 personas, split in halves', () => {
    expect(personas.length).toBeGreaterThanOrEqual(50);
    expect(Math.abs(personas.filter((p) => p.split === 'dev').length - personas.filter((p) => p.split === 'test').length)).toBeLessThanOrEqual(1);
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

  it('finds the dApp a persona adopted last (leave-one-out) more often than popularity, and covers each interest in the top five', () => {
    expect(average.full.leaveOneOutHitAt10!).toBeGreaterThanOrEqual(LEAVE_ONE_OUT_FLOOR);
    expect(average.full.leaveOneOutHitAt10!).toBeGreaterThan(average.popularityOnly.leaveOneOutHitAt10!);
    expect(average.full.interestCoverageAt5!).toBeGreaterThanOrEqual(COVERAGE_FLOOR);
    expect(average.full.interestCoverageAt5!).toBeGreaterThan(average.similarityOnly.interestCoverageAt5!);
    expect(average.full.badAt5).toBeLessThanOrEqual(BAD_CEILING);
  });

  it('spreads the top five over more categories than similarity alone (the at-most-2 rule itself: lib/ranking tests)', () => {
    expect(average.full.diversity).toBeGreaterThan(average.similarityOnly.diversity);
  });
});
