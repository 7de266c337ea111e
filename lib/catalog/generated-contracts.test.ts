import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled-catalog';
import { contractKey, createCatalogLookup } from './catalog-lookup';
import { contractName } from './contract-name';
import { defaultLookup } from './default-lookup';
import { generatedContracts } from './generated-contracts';

describe('generated contracts', () => {
  const lookup = defaultLookup();

  it('validate, and every row names a dApp the catalog has', () => {
    const ids = new Set(bundledCatalog().dapps.map((d) => d.id));
    const rows = generatedContracts();
    expect(rows.length).toBeGreaterThan(3000);
    expect(rows.filter(([, , dappId]) => !ids.has(dappId))).toEqual([]);
  });

  it('attribute per-chain deployments the hand list lacks (Aave’s aToken, Safe on Arbitrum, Uniswap on Celo)', () => {
    expect(lookup.byContract.get(contractKey(1, '0x98C23E9d8f34FEFb1B7BD6a91B7FF122F4e16F5c'))?.map((d) => d.id)).toEqual(['aave']);
    expect(lookup.byContract.get(contractKey(42161, '0x4e1DCf7AD4e460CfD30791CCC4F9c8a4f820ec67'))?.map((d) => d.id)).toEqual(['safe']);
    expect(lookup.byContract.get(contractKey(42220, '0x3d79EdAaBC0EaB6F08ED885C05Fc0B014290D95A'))?.map((d) => d.id)).toEqual(['uniswap']);
    expect(contractName(lookup, 1, '0x98C23E9d8f34FEFb1B7BD6a91B7FF122F4e16F5c')).toBe('Aave V3 Ethereum aToken USDC');
  });

  it('never take a hand-curated contract from its curated owner or label', () => {
    const curated = createCatalogLookup(bundledCatalog().dapps);
    for (const [key, owners] of curated.byContract) {
      expect(lookup.byContract.get(key)).toEqual(owners);
      expect(lookup.labels.get(key)).toBe(curated.labels.get(key));
    }
  });
});
