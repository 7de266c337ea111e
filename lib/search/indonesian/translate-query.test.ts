import { describe, expect, it } from 'vitest';
import { translateQuery } from './translate-query';

describe('translateQuery', () => {
  it('rewrites Indonesian words, by their roots too, into English and drops filler', () => {
    expect(translateQuery('tukar token termurah')).toMatchObject({ text: 'swap exchange token cheapest', indonesian: true });
    expect(translateQuery('pinjam stablecoin pakai jaminan ETH').text).toBe('borrow stablecoin with collateral eth');
    expect(translateQuery('dapat bunga dari usdc yg nganggur').text).toBe('get earn interest from usdc idle');
    // menjembatani → jembatani, taruhan → taruh: roots found by the stemmer
    expect(translateQuery('menjembatani usdc').text).toBe('bridge usdc');
    expect(translateQuery('taruhan sepak bola').text).toBe('bet football');
  });

  it('uses the general dictionary for words outside the DeFi terms', () => {
    expect(translateQuery('cuaca besok').text).toBe('weather tomorrow');
  });

  it('leaves English queries alone, even with words Indonesian shares (per, main, as)', () => {
    expect(translateQuery('pay my team per second')).toMatchObject({ text: 'pay my team per second', indonesian: false });
    expect(translateQuery('use it as collateral on the main market')).toMatchObject({ text: 'use it as collateral on the main market', indonesian: false });
  });
  it('gives each word with its English, for word matching', () => {
    expect(translateQuery('pinjam yg murah').words).toEqual([
      { word: 'pinjam', english: 'borrow' },
      { word: 'yg', english: '' },
      { word: 'murah', english: 'cheap' },
    ]);
    expect(translateQuery('cheap usdc loan').words.map((w) => w.english)).toEqual([undefined, undefined, undefined]);
  });

  it('keeps unknown words (names, tokens, typos) as they are', () => {
    expect(translateQuery('beli uniswap xyzzy').text).toBe('buy uniswap xyzzy');
  });
});
