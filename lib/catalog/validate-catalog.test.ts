import { describe, expect, it } from 'vitest';
import { validateCatalog } from './validate-catalog';

const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const base = (over: Record<string, unknown> = {}) => ({
  id: 'uniswap',
  name: 'Uniswap',
  origins: ['https://app.uniswap.org'],
  description: 'Swap tokens and provide liquidity on an automated market maker.',
  category: 'dex',
  chains: [1],
  contracts: [],
  popularity: 5,
  ...over,
});
const messages = (input: unknown[]) => {
  const r = validateCatalog(input);
  return r.ok ? [] : r.problems.map((p) => `${p.id}: ${p.message}`);
};

describe('validateCatalog', () => {
  it('accepts a well-formed entry', () => {
    expect(messages([base()])).toEqual([]);
  });

  it('rejects bad fields with a message naming the field', () => {
    expect(messages([base({ id: 'Uni Swap' })]).join()).toMatch(/id: must be a lowercase slug/);
    expect(messages([base({ origins: ['http://app.uniswap.org'] })]).join()).toMatch(/origins.0: must be an https origin/);
    expect(messages([base({ origins: ['https://app.uniswap.org/swap'] })]).join()).toMatch(/origins.0/);
    expect(messages([base({ chains: [999] })]).join()).toMatch(/chains.0: unknown chain id/);
    expect(messages([base({ category: 'defi' })]).join()).toMatch(/category/);
    expect(messages([base({ contracts: [{ chainId: 1, address: PERMIT2.toLowerCase().replace('0x000000000022d', '0x000000000022D'), label: 'x' }] })]).join()).toMatch(/checksummed/);
    expect(messages([base({ extra: 1 })]).join()).toMatch(/extra/);
  });

  it('rejects duplicate ids and origins claimed twice', () => {
    expect(messages([base(), base()])).toContain('uniswap: duplicate id');
    expect(messages([base(), base({ id: 'sushiswap' })]).join()).toMatch(/origin https:\/\/app.uniswap.org is already claimed by uniswap/);
  });

  it('allows a contract in two dApps only when both mark it shared', () => {
    const c = (shared?: boolean) => [{ chainId: 1, address: PERMIT2, label: 'Permit2', ...(shared === undefined ? {} : { shared }) }];
    const other = (contracts: unknown) => base({ id: 'cow-swap', origins: ['https://swap.cow.fi'], contracts });
    expect(messages([base({ contracts: c(true) }), other(c(true))])).toEqual([]);
    expect(messages([base({ contracts: c() }), other(c(true))]).join()).toMatch(/already claimed by uniswap/);
    expect(messages([base({ contracts: c(true) }), other(c())]).join()).toMatch(/already claimed by uniswap/);
  });

  it('keeps the valid entries when others fail', () => {
    const r = validateCatalog([base(), base({ id: 'bad', origins: ['nope'] })]);
    expect(r.ok).toBe(false);
    expect(r.dapps.map((d) => d.id)).toEqual(['uniswap']);
  });
});
