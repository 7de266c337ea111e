import { describe, expect, it } from 'vitest';
import { stemEnglish } from './stem-english';

describe('stemEnglish', () => {
  it('brings the forms of a word to one stem', () => {
    expect(stemEnglish('lending')).toBe(stemEnglish('lend'));
    expect(stemEnglish('swaps')).toBe(stemEnglish('swap'));
    expect(stemEnglish('swapping')).toBe(stemEnglish('swap'));
    expect(stemEnglish('staking')).toBe(stemEnglish('stake'));
    expect(stemEnglish('bridged')).toBe(stemEnglish('bridge'));
    expect(stemEnglish('approvals')).toBe(stemEnglish('approval'));
    expect(stemEnglish('strategies')).toBe(stemEnglish('strategy'));
    expect(stemEnglish('nfts')).toBe('nft');
  });
  it('leaves short words, symbols and words ending in -ss or -us alone', () => {
    expect(stemEnglish('usdc')).toBe('usdc');
    expect(stemEnglish('aave')).toBe('aave');
    expect(stemEnglish('bonus')).toBe('bonus');
    expect(stemEnglish('access')).toBe('access');
  });
});
