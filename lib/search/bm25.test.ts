import { describe, expect, it } from 'vitest';
import { Bm25 } from './bm25';

describe('Bm25', () => {
  const index = new Bm25([
    { id: 'lend', text: 'lend and borrow stablecoins in a lending market' },
    { id: 'swap', text: 'swap tokens on an exchange' },
    { id: 'nft', text: 'buy and sell an NFT; NFT floor prices' },
  ]);

  it('ranks documents sharing rare query words first', () => {
    expect(index.search('borrow stablecoins', 3).map((h) => h.id)).toEqual(['lend']);
    expect(index.search('swap nft', 3).map((h) => h.id).sort()).toEqual(['nft', 'swap']);
  });

  it('finds nothing for words no document has', () => {
    expect(index.search('restaking', 3)).toEqual([]);
  });
});
