import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run';

// Each run starts Node and loads the catalog and the phishing list: allow for a busy machine.
const SLOW = 120_000;

describe('sextant check-url', () => {
  it('answers a known dApp page as JSON', { timeout: SLOW }, async () => {
    const { code, stdout } = await runCli('check-url', 'https://docs.aave.com/developers', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ verdict: 'known', dappId: 'aave' });
  });

  it('answers a lookalike as JSON, naming what it imitates and why', { timeout: SLOW }, async () => {
    expect(JSON.parse((await runCli('check-url', 'https://app.uniswap-claim.xyz', '--json')).stdout)).toEqual({ verdict: 'lookalike', resembles: 'uniswap', why: 'brand-plus-word' });
  });

  it('says a listed phishing site in words without --json', { timeout: SLOW }, async () => {
    const { stdout } = await runCli('check-url', 'https://bancor.ltd');
    expect(stdout).toContain('phishing: Danger: bancor.ltd is on a phishing list');
  });

  it('refuses what is not a web URL, with a reason', { timeout: SLOW }, async () => {
    const { code, stderr } = await runCli('check-url', 'ftp://example.com');
    expect(code).toBe(1);
    expect(stderr).toContain('is not an http(s) URL');
  });
});
