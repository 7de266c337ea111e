import { describe, expect, it } from 'vitest';
import { categoryHue } from './category-hue';
import { initials } from './monogram';

describe('monogram', () => {
  it('takes initials from the first two words, or the first letter', () => {
    expect(initials('Rocket Pool')).toBe('RP');
    expect(initials('Uniswap')).toBe('U');
    expect(initials('1inch')).toBe('1i');
    expect(initials('ether.fi')).toBe('EF');
    expect(initials('Sky (formerly Maker)')).toBe('S');
    expect(initials('Fluid (Instadapp)')).toBe('F');
    expect(initials('(Only brackets)')).toBe('OB');
  });

  it('gives known categories their own hue and unknown ones a stable one', () => {
    expect(categoryHue('lending')).not.toBe(categoryHue('dex'));
    expect(categoryHue('something-new')).toBe(categoryHue('something-new'));
  });
});
