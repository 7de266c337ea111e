import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run';

const CSV = 'tests/fixtures/explorer/export-0x5e1b4cd1a2b5c8d47f9e6f3b2a1c0d9e8f7a6b5c.csv';

// Each case starts the real CLI (tsx compiles on start): allow for a loaded machine.
describe('sextant with an explorer CSV', { timeout: 180_000 }, () => {
  it('profile reads the transactions the address sent, attributed by contract and method', async () => {
    const { code, stdout } = await runCli('profile', '--activity', CSV, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.events.map((e: { dappId: string; action: string }) => `${e.dappId} ${e.action}`)).toEqual(['aave supply', 'uniswap swap', 'lido stake', 'uniswap swap', '1inch swap']);
    expect(report.chains).toHaveProperty('1');
  });

  it('validate takes the chain the user names with --chain', async () => {
    const { code, stdout } = await runCli('validate', '--activity', CSV, '--chain', '8453', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, valid: 5, rejectedCount: 0 });
  });
});
