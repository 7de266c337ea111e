import { describe, expect, it } from 'vitest';
import { correctTypos, type SpellingContext } from './correct-typos';

const vocabulary = new Map([
  ['uniswap', 3], ['staking', 20], ['lending', 30], ['opensea', 2], ['tier', 4], ['tiers', 2], ['pinjam', 9], ['market', 40], ['marker', 1], ['prediction', 8],
]);
const english = new Set(['tire', 'eth', 'weather', 'on']);
const context: SpellingContext = { vocabulary, isWord: (w) => vocabulary.has(w) || english.has(w) };

describe('correctTypos', () => {
  it('corrects a misspelt word to the nearest catalog word, swapped letters counting as one edit', () => {
    expect(correctTypos(['uniswp'], context).words).toEqual(['uniswap']);
    expect(correctTypos(['stakng', 'eth'], context).words).toEqual(['staking', 'eth']);
    expect(correctTypos(['opensae'], context).words).toEqual(['opensea']);
    expect(correctTypos(['pinjm'], context).words).toEqual(['pinjam']);
    expect(correctTypos(['prediciton'], context)).toEqual({ words: ['prediction'], corrections: [{ from: 'prediciton', to: 'prediction' }] });
  });
  it('prefers the commoner word when two are as close', () => {
    expect(correctTypos(['markey'], context).words).toEqual(['market']);
  });
  it('never touches a known word, a short word, a number or a word with nothing close', () => {
    expect(correctTypos(['tire', 'on', 'weather'], context).words).toEqual(['tire', 'on', 'weather']);
    expect(correctTypos(['tir', '1234', 'asdfghjkl'], context)).toEqual({ words: ['tir', '1234', 'asdfghjkl'], corrections: [] });
  });
});
