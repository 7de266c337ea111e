import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeFunctionData, maxUint256, parseAbi, parseUnits } from 'viem';
import { describe, expect, it } from 'vitest';
import { runCli } from './cli-run';

const USER = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const erc20 = parseAbi(['function approve(address spender, uint256 amount)', 'function transfer(address to, uint256 amount)']);
const events = [
  { time: '2026-09-01T09:00:00Z', origin: 'https://app.uniswap.org', chainId: 42161, method: 'eth_requestAccounts', params: [] },
  {
    time: '2026-09-01T09:01:00Z', origin: 'https://app.uniswap.org', chainId: 42161, method: 'eth_sendTransaction',
    params: [{ from: USER, to: '0xA51afAFe0263b40EdaEf0Df8781eA9aa03E381a3', value: '0x0', data: encodeFunctionData({ abi: parseAbi(['function execute(bytes commands, bytes[] inputs, uint256 deadline) payable']), args: ['0x00', ['0x'], 1_900_000_000n] }) }],
  },
  {
    time: '2026-09-02T09:00:00Z', origin: null, chainId: 1, method: 'eth_sendTransaction',
    params: [{ from: USER, to: USDC, value: '0x0', data: encodeFunctionData({ abi: erc20, functionName: 'approve', args: ['0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2', maxUint256] }) }],
  },
  {
    time: '2026-09-02T09:02:00Z', origin: 'https://app.aave.com', chainId: 1, method: 'eth_sendTransaction',
    params: [{ from: USER, to: '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2', value: '0x0', data: encodeFunctionData({ abi: parseAbi(['function supply(address,uint256,address,uint16)']), args: [USDC, parseUnits('1000', 6), USER, 0] }) }],
  },
  {
    time: '2026-09-03T09:00:00Z', origin: null, chainId: 1, method: 'eth_sendTransaction',
    params: [{ from: USER, to: USDC, value: '0x0', data: encodeFunctionData({ abi: erc20, functionName: 'transfer', args: ['0x1111111111111111111111111111111111111111', 5n] }) }],
  },
];

describe('sextant profile', () => {
  it('reports each event’s dApp, action and how it was attributed, in input order, and the weights', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'sextant-profile-')), 'activity.json');
    await writeFile(file, JSON.stringify({ format: 'sextant.activity.v1', events }));
    const { code, stdout } = await runCli('profile', '--activity', file, '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.events).toEqual([
      { dappId: 'uniswap', action: 'connect', via: 'origin' },
      { dappId: 'uniswap', action: 'swap', via: 'contract' },
      { dappId: 'aave', action: 'approve', via: 'contract' },
      { dappId: 'aave', action: 'supply', via: 'contract' },
      { dappId: null, action: 'transfer', via: null },
    ]);
    expect(report.dapps).toEqual(
      expect.arrayContaining([
        { id: 'uniswap', count: 2, lastUsed: '2026-09-01T09:01:00.000Z' },
        { id: 'aave', count: 2, lastUsed: '2026-09-02T09:02:00.000Z' },
      ]),
    );
    expect(Object.keys(report.categories)).toEqual(expect.arrayContaining(['dex', 'lending']));
    const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
    expect(sum(report.categories)).toBeCloseTo(1, 4);
    expect(sum(report.chains)).toBeCloseTo(1, 4);
    expect(Object.keys(report.chains).sort()).toEqual(['1', '42161']);
  });

  it('refuses an invalid file with the reason', async () => {
    const { code, stderr } = await runCli('profile', '--activity', 'tests/fixtures/activity-malformed.json');
    expect(code).toBe(1);
    expect(stderr).toContain('2 of 3 events are invalid, so nothing was imported. Event 2: the time is not a date-time');
  });
});
