import { describe, expect, it } from 'vitest';
import { runSiteCheck } from '../../scripts/eval/run-site-check';

// Floors for the site check on the test split (measured: reports/site-check-eval.json, test 1.6%
// false alarms and 2.4% misses, its held-out part 1.8% and 4.5%). A change that raises either
// rate above its floor fails here.
const FALSE_ALARM_CEILING = 0.02;
const MISS_CEILING = 0.05;

describe('the site check on its evaluation set', async () => {
  const { outcomes, test, holdout } = await runSiteCheck();

  it('has at least 150 cases, 60 of them benign unknown sites, in both splits', () => {
    expect(outcomes.length).toBeGreaterThanOrEqual(150);
    expect(outcomes.filter((o) => o.case.label === 'unknown').length).toBeGreaterThanOrEqual(60);
    expect(new Set(outcomes.map((o) => o.case.split))).toEqual(new Set(['dev', 'test']));
  });

  it('keeps false alarms and misses on the test split under their ceilings', () => {
    expect(test.falseAlarmRate).toBeLessThanOrEqual(FALSE_ALARM_CEILING);
    expect(test.missRate).toBeLessThanOrEqual(MISS_CEILING);
    expect(holdout.falseAlarmRate).toBeLessThanOrEqual(FALSE_ALARM_CEILING);
    expect(holdout.missRate).toBeLessThanOrEqual(MISS_CEILING);
  });

  it('never flags an official dApp site', () => {
    expect(outcomes.filter((o) => o.case.label === 'known' && o.verdict.verdict !== 'known').map((o) => o.case.url)).toEqual([]);
  });
});
