import { describe, expect, it } from 'vitest';
import { tokenCount, tokenInfo } from './token-info';

describe('tokenInfo', () => {
  it('knows USDC per chain with that chain’s decimals, whatever the address case', () => {
    expect(tokenInfo(1, '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48')).toMatchObject({ symbol: 'USDC', decimals: 6 });
    expect(tokenInfo(8453, '0x833589fcd6edb6e08f4c7c32d4f71b54bda02913')).toMatchObject({ symbol: 'USDC', decimals: 6 });
    expect(tokenInfo(56, '0x8AC76a51cc950d9822D68b83fE1Ad97B32Cd580d')).toMatchObject({ symbol: 'USDC', decimals: 18 });
  });

  it('takes Ethereum tokens from MetaMask’s list too, and knows nothing of other chains’ addresses', () => {
    expect(tokenInfo(1, '0x6B175474E89094C44Da98b954EedeAC495271d0F')).toMatchObject({ symbol: 'DAI', decimals: 18 });
    expect(tokenInfo(42161, '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48')).toBeUndefined();
    expect(tokenInfo(1, '0x1111111111111111111111111111111111111111')).toBeUndefined();
  });

  it('holds well over a thousand tokens', () => {
    expect(tokenCount()).toBeGreaterThan(1500);
  });
});
