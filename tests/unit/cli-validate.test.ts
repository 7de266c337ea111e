import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run';

describe('sextant validate', { timeout: 120_000 }, () => {
  it('reports every event valid in the sample file', async () => {
    const { code, stdout } = await runCli('validate', '--activity', 'tests/fixtures/activity-sample.json', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, total: 3, valid: 3, rejectedCount: 0, rejected: [] });
  });

  it('says which events are rejected and why, and exits non-zero', async () => {
    const { code, stdout } = await runCli('validate', '--activity', 'tests/fixtures/activity-malformed.json', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ ok: false, total: 3, valid: 1 });
    expect(report.rejected.map((r: { index: number }) => r.index)).toEqual([1, 2]);
    expect(report.rejected[0].reasons.join(' ')).toMatch(/the chain is not a positive whole decimal number/);
    expect(report.rejected[1].reasons.join(' ')).toMatch(/params is not a list/);
  });

  it('prints a readable summary without --json', async () => {
    const { stdout } = await runCli('validate', '--activity', 'tests/fixtures/activity-malformed.json');
    expect(stdout).toContain('1 of 3 events valid');
    expect(stdout).toMatch(/event 3: /);
  });

  it('rejects a file that is not an activity file', async () => {
    const { code, stderr } = await runCli('validate', '--activity', 'package.json');
    expect(code).toBe(1);
    expect(stderr).toContain('This is not a Sextant export');
  });
});
