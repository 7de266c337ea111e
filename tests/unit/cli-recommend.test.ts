import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run';

describe('sextant recommend and demo', () => {
  it('prints ranked recommendations in the documented JSON shape, never a dApp in use', async () => {
    const { code, stdout } = await runCli('recommend', '--activity', 'tests/eval/personas/eth-staker.activity.json', '--top', '8', '--json');
    expect(code).toBe(0);
    const { recommendations } = JSON.parse(stdout);
    expect(recommendations).toHaveLength(8);
    for (const r of recommendations) {
      expect(Object.keys(r).sort()).toEqual(['category', 'chains', 'id', 'name', 'reasons', 'score', 'url']);
      expect(r.url).toMatch(/^https:\/\//);
      expect(r.reasons.length).toBeGreaterThan(0);
    }
    expect(recommendations.map((r: { id: string }) => r.id)).not.toContain('lido');
    expect(recommendations.map((r: { id: string }) => r.id)).not.toContain('rocket-pool');
    expect(recommendations[0].reasons.join(' ')).toMatch(/Lido|Rocket Pool/);
  });

  it('runs the demo on the shipped sample with reasons', async () => {
    const { code, stdout } = await runCli('demo');
    expect(code).toBe(0);
    expect(stdout).toContain('Recommended next:');
    expect(stdout).toMatch(/ 1\. .+\n {6}· /);
    expect(stdout).not.toMatch(/\d+\. (Aave|Compound|Moonwell) /);
  });
});
