import { describe, expect, it } from 'vitest';
import { LexicalIndex } from './lexical-index';

describe('LexicalIndex', () => {
  const index = new LexicalIndex([
    { id: 'lend', forms: ['lend', 'borrow', 'stablecoin', 'market'] },
    { id: 'swap', forms: ['swap', 'token', 'market'] },
    { id: 'pinjam', forms: ['pinjam', 'borrow', 'market'] },
  ]);
  it('scores the share of query terms a document contains, rare terms weighing more', () => {
    const [lend, swap, pinjam] = index.coverage([['borrow'], ['market']]);
    expect(lend).toBeCloseTo(1);
    expect(pinjam).toBeCloseTo(1);
    // "market" is in every document: it weighs little, so a document with only it scores low.
    expect(swap).toBeGreaterThan(0);
    expect(swap).toBeLessThan(0.3);
  });
  it('counts a term found by any of its forms, once', () => {
    const [lend, , pinjam] = index.coverage([['pinjam', 'borrow']]);
    expect(lend).toBeCloseTo(1);
    expect(pinjam).toBeCloseTo(1);
  });
  it('gives a term no document has the most weight, so an unknown topic matches little', () => {
    const scores = index.coverage([['weather'], ['market']]);
    expect(Math.max(...scores)).toBeLessThan(0.3);
    expect(index.weight(['weather'])).toBeGreaterThan(index.weight(['borrow']));
    expect([...index.coverage([])]).toEqual([0, 0, 0]);
  });
});
