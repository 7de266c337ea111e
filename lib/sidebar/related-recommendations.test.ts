import { describe, expect, it } from 'vitest';
import { relatedRecommendations } from './related-recommendations';

const ranked = [
  { id: 'lido', category: 'liquid-staking' },
  { id: 'cowswap', category: 'dex-aggregator' },
  { id: 'aave', category: 'lending' },
  { id: 'uniswap', category: 'dex' },
  { id: 'curve', category: 'dex' },
  { id: 'morpho', category: 'lending' },
];

describe('relatedRecommendations', () => {
  it('puts the site\'s categories first, in ranking order, and never the site itself', () => {
    const site = { id: 'uniswap', categories: ['dex', 'dex-aggregator'] };
    expect(relatedRecommendations(ranked, site).map((r) => r.id)).toEqual(['cowswap', 'curve', 'lido']);
  });

  it('keeps the ranking on an unknown site', () => {
    expect(relatedRecommendations(ranked, null).map((r) => r.id)).toEqual(['lido', 'cowswap', 'aave']);
  });

  it('returns fewer when the ranking is short', () => {
    expect(relatedRecommendations(ranked.slice(0, 2), { id: 'lido', categories: ['liquid-staking'] })).toEqual([ranked[1]]);
  });
});
