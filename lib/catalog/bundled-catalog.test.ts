import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled-catalog';
import { CATEGORIES } from './categories';

const REQUIRED = 'uniswap aave lido curve opensea ens 1inch matcha compound balancer sushiswap pancakeswap stargate across rocket-pool eigenlayer gmx polymarket snapshot safe revoke-cash morpho ethena pendle convex aerodrome cow-swap paraswap kyberswap blur yearn frax synapse hop arbitrum-bridge optimism-bridge spark sky zora nouns tally warpcast'.split(' ');
const REQUIRED_CHAINS = { Ethereum: 1, Arbitrum: 42161, Optimism: 10, Base: 8453, Polygon: 137, 'BNB Chain': 56, Avalanche: 43114, zkSync: 324 };

describe('the bundled catalog', () => {
  const { dapps, problems } = bundledCatalog();

  it('passes validation with no problems', () => {
    expect(problems).toEqual([]);
  });

  it('has at least 300 dApps', () => {
    expect(dapps.length).toBeGreaterThanOrEqual(300);
  });

  it('has at least 5 dApps in every category of the taxonomy', () => {
    for (const category of CATEGORIES) expect(dapps.filter((d) => d.category === category).length, category).toBeGreaterThanOrEqual(5);
  });

  it('covers the major chains', () => {
    for (const [name, id] of Object.entries(REQUIRED_CHAINS)) expect(dapps.filter((d) => d.chains.includes(id)).length, name).toBeGreaterThanOrEqual(10);
  });

  it('includes the best-known names', () => {
    const ids = new Set(dapps.map((d) => d.id));
    expect(REQUIRED.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('lists a contract only on a chain the dApp supports', () => {
    const wrong = dapps.flatMap((d) => d.contracts.filter((c) => !d.chains.includes(c.chainId)).map((c) => `${d.id} ${c.chainId} ${c.address}`));
    expect(wrong).toEqual([]);
  });
});
