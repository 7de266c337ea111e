import { describe, expect, it } from 'vitest';
import { findChainWords } from './chain-words';

const names = ['Arbitrum Bridge', 'Zora', 'Basenames', 'Alien Base', 'Polygon Portal', 'Base Bridge'];

describe('findChainWords', () => {
  it('reads English and Indonesian ways of naming a chain and takes them out of the text', () => {
    expect(findChainWords('cheap swaps on Base')).toEqual({ chains: [8453], rest: 'cheap swaps' });
    expect(findChainWords('swap murah di Arbitrum')).toEqual({ chains: [42161], rest: 'swap murah' });
    expect(findChainWords('pinjam usdc di jaringan BNB')).toEqual({ chains: [56], rest: 'pinjam usdc bnb' });
    expect(findChainWords('polygon lending')).toEqual({ chains: [137], rest: 'lending' });
    expect(findChainWords('bsc liquid staking')).toEqual({ chains: [56], rest: 'liquid staking' });
    expect(findChainWords('nft marketplace on bnb chain')).toEqual({ chains: [56], rest: 'nft marketplace' });
    expect(findChainWords('dex on base chain')).toEqual({ chains: [8453], rest: 'dex' });
  });

  it('keeps the longest name: Polygon zkEVM is not Polygon, OP Mainnet is not Ethereum', () => {
    expect(findChainWords('bridge to polygon zkevm').chains).toEqual([1101]);
    expect(findChainWords('swap on op mainnet').chains).toEqual([10]);
    expect(findChainWords('back to mainnet').chains).toEqual([1]);
  });

  it('needs "on", "di", "chain" around a name that is also an everyday word', () => {
    expect(findChainWords('what is the base rate for borrowing').chains).toEqual([]);
    expect(findChainWords('scroll through nft collections').chains).toEqual([]);
    expect(findChainWords('bridge to scroll').chains).toEqual([534352]);
    expect(findChainWords('nama pengguna di base').chains).toEqual([8453]);
  });

  it('matches whole words only: optimistic is not Optimism, Basenames is not Base', () => {
    expect(findChainWords('bridge secured by an optimistic oracle').chains).toEqual([]);
    expect(findChainWords('yield farming di optimism')).toEqual({ chains: [10], rest: 'yield farming' });
    expect(findChainWords('register basenames', names)).toEqual({ chains: [], rest: 'register basenames' });
    expect(findChainWords('alien base farm', names).chains).toEqual([]);
  });

  it('filters by the chain but keeps a dApp name in the text', () => {
    expect(findChainWords('arbitrum bridge withdrawal', names)).toEqual({ chains: [42161], rest: 'arbitrum bridge withdrawal' });
    expect(findChainWords('zora', names)).toEqual({ chains: [7777777], rest: 'zora' });
    expect(findChainWords('mint on zora', names)).toEqual({ chains: [7777777], rest: 'mint zora' });
  });

  it('keeps a native token in the text and requires every chain named', () => {
    expect(findChainWords('stake avax')).toEqual({ chains: [43114], rest: 'stake avax' });
    expect(findChainWords('move usdc from arbitrum to base').chains.sort((a, b) => a - b)).toEqual([8453, 42161]);
  });

  it('gives the whole query back when it was only a chain name', () => {
    expect(findChainWords('polygon')).toEqual({ chains: [137], rest: 'polygon' });
  });
});
