import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run';

describe('sextant check-url', () => {
  it('answers each verdict as JSON', async () => {
    const known = await runCli('check-url', 'https://docs.aave.com/developers', '--json');
    expect(known.code).toBe(0);
    expect(JSON.parse(known.stdout)).toEqual({ verdict: 'known', dappId: 'aave' });
    expect(JSON.parse((await runCli('check-url', 'https://app.uniswap-claim.xyz', '--json')).stdout)).toEqual({ verdict: 'lookalike', resembles: 'uniswap', why: 'brand-plus-word' });
    expect(JSON.parse((await runCli('check-url', 'https://bancor.ltd', '--json')).stdout)).toMatchObject({ verdict: 'phishing', why: 'phishing-list' });
    expect(JSON.parse((await runCli('check-url', 'https://www.lidl.com', '--json')).stdout)).toEqual({ verdict: 'unknown' });
  });

  it('says it in words without --json', async () => {
    const { stdout } = await runCli('check-url', 'https://0pensea.io');
    expect(stdout).toContain('lookalike: Warning: 0pensea.io looks like OpenSea but is not its official site.');
  });

  it('refuses what is not a web URL, with a reason', async () => {
    const { code, stderr } = await runCli('check-url', 'ftp://example.com');
    expect(code).toBe(1);
    expect(stderr).toContain('is not an http(s) URL');
    expect((await runCli('check-url')).stderr).toContain('check-url needs exactly one URL');
  });
});
