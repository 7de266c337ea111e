import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled-catalog';
import { contractKey, createCatalogLookup } from './catalog-lookup';
import { contractName } from './contract-name';
import { defaultLookup } from './default-lookup';
import { generatedContracts } from './generated-contracts';
import { indexGenerated } from './generated-index';

describe('generated contracts', () => {
  const lookup = defaultLookup();

  it('validate, and every row names a dApp the catalog has', () => {
    const ids = new Set(bundledCatalog().dapps.map((d) => d.id));
    const rows = generatedContracts();
    expect(rows.length).toBeGreaterThan(10000);
    expect(rows.filter(([, , dappId]) => !ids.has(dappId))).toEqual([]);
  });

  it('attribute per-chain deployments the hand list lacks (Aave’s aToken, Safe on Arbitrum, Uniswap on Celo)', () => {
    expect(lookup.byContract.get(contractKey(1, '0x98C23E9d8f34FEFb1B7BD6a91B7FF122F4e16F5c'))?.map((d) => d.id)).toEqual(['aave']);
    expect(lookup.byContract.get(contractKey(42161, '0x4e1DCf7AD4e460CfD30791CCC4F9c8a4f820ec67'))?.map((d) => d.id)).toEqual(['safe']);
    expect(lookup.byContract.get(contractKey(42220, '0x3d79EdAaBC0EaB6F08ED885C05Fc0B014290D95A'))?.map((d) => d.id)).toEqual(['uniswap']);
    expect(contractName(lookup, 1, '0x98C23E9d8f34FEFb1B7BD6a91B7FF122F4e16F5c')).toBe('Aave V3 Ethereum aToken USDC');
  });

  it('attribute contracts from the newer address books (PancakeSwap Infinity, a GMX market, a Curve gauge, Stargate v2, Sablier)', () => {
    const owner = (chainId: number, address: string) => lookup.byContract.get(contractKey(chainId, address))?.map((d) => d.id);
    expect(owner(56, '0x238a358808379702088667322f80aC48bAd5e6c4')).toEqual(['pancakeswap']);
    expect(owner(42161, '0x47c031236e19d024b42f8AE6780E44A573170703')).toEqual(['gmx']);
    expect(owner(42161, '0xCE5F24B7A95e9cBa7df4B54E911B4A3Dc8CDAf6f')).toEqual(['curve']);
    expect(owner(1, '0x1041D127b2d4BC700F0F563883bC689502606918')).toEqual(['stargate']);
    expect(owner(43114, '0x7e146250Ed5CCCC6Ada924D456947556902acaFD')).toEqual(['sablier']);
    expect(contractName(lookup, 42161, '0xCE5F24B7A95e9cBa7df4B54E911B4A3Dc8CDAf6f')).toBe('Curve Finance 2pool gauge');
  });

  it('attribute issued tokens and per-chain contracts from Venus, Synthetix, Reservoir’s NFT book, Polymarket, Compound and Mantle', () => {
    const owner = (chainId: number, address: string) => lookup.byContract.get(contractKey(chainId, address))?.map((d) => d.id);
    expect(owner(56, '0xecA88125a5ADbe82614ffC12D0DB554E2e2867C8')).toEqual(['venus']);
    expect(owner(10, '0x8c6f28f2F1A3C87F0f938b96d27520d9751ec8d9')).toEqual(['synthetix']);
    expect(owner(1, '0x000000000000Ad05Ccc4F10045630fb830B95127')).toEqual(['blur']);
    expect(owner(137, '0x4bFb41d5B3570DeFd03C39a9A4D8dE6Bd8B8982E')).toEqual(['polymarket']);
    expect(owner(1, '0x39AA39c021dfbaE8faC545936693aC917d5E7563')).toEqual(['compound']);
    expect(owner(5000, '0x4200000000000000000000000000000000000010')).toEqual(['mantle-bridge']);
    expect(contractName(lookup, 56, '0xecA88125a5ADbe82614ffC12D0DB554E2e2867C8')).toBe('Venus vUSDC market');
  });

  it('leave out rows naming a dApp the catalog lacks, and keep the curated owner of a contract a row also claims', () => {
    const [aave] = bundledCatalog().dapps.filter((d) => d.id === 'aave');
    const curatedPool = aave!.contracts[0]!;
    const generated = indexGenerated([
      [1, '0x0000000000000000000000000000000000000001', 'no-such-dapp', 'stray'],
      [curatedPool.chainId, curatedPool.address, 'uniswap', 'not Aave'],
    ]);
    const layered = createCatalogLookup([aave!], generated);
    expect(layered.byContract.has(contractKey(1, '0x0000000000000000000000000000000000000001'))).toBe(false);
    expect(layered.byContract.get(contractKey(curatedPool.chainId, curatedPool.address))?.map((d) => d.id)).toEqual(['aave']);
    expect(layered.labels.get(contractKey(curatedPool.chainId, curatedPool.address))).toBe(curatedPool.label);
  });

  it('never take a hand-curated contract from its curated owner or label', () => {
    const curated = createCatalogLookup(bundledCatalog().dapps);
    for (const [key, owners] of curated.byContract) {
      expect(lookup.byContract.get(key)).toEqual(owners);
      expect(lookup.labels.get(key)).toBe(curated.labels.get(key));
    }
  });
});
