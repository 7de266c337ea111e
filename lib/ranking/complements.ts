import type { CategoryId } from '../catalog/categories';

/**
 * Categories that go with what a person already does: a swapper may want an aggregator or a
 * bridge; a staker, restaking or a lending market that takes their staked tokens.
 */
export const COMPLEMENTS: Record<CategoryId, CategoryId[]> = {
  dex: ['dex-aggregator', 'bridge', 'lending', 'perps', 'yield'],
  'dex-aggregator': ['dex', 'bridge', 'perps'],
  lending: ['yield', 'cdp-stablecoin', 'liquid-staking', 'rwa'],
  'liquid-staking': ['restaking', 'lending', 'yield', 'cdp-stablecoin'],
  restaking: ['liquid-staking', 'yield', 'lending'],
  'cdp-stablecoin': ['lending', 'yield', 'dex'],
  yield: ['lending', 'liquid-staking', 'dex', 'rwa'],
  perps: ['options', 'dex-aggregator', 'prediction-market'],
  options: ['perps', 'yield'],
  bridge: ['dex', 'dex-aggregator', 'lending'],
  'nft-marketplace': ['nft-mint', 'gaming', 'naming', 'social'],
  'nft-mint': ['nft-marketplace', 'social'],
  gaming: ['nft-marketplace', 'social'],
  social: ['nft-mint', 'governance', 'naming'],
  governance: ['social', 'security-tools', 'naming'],
  'prediction-market': ['perps', 'social'],
  naming: ['social', 'governance', 'security-tools'],
  payments: ['security-tools', 'rwa', 'governance'],
  rwa: ['lending', 'yield', 'cdp-stablecoin'],
  'portfolio-tools': ['security-tools', 'dex-aggregator'],
  'security-tools': ['portfolio-tools', 'governance'],
  launchpad: ['governance', 'social', 'dex'],
};
