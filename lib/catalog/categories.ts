/** The fixed taxonomy every catalog entry's categories come from. */
export const CATEGORIES = [
  'dex',
  'dex-aggregator',
  'lending',
  'liquid-staking',
  'restaking',
  'cdp-stablecoin',
  'yield',
  'perps',
  'options',
  'bridge',
  'nft-marketplace',
  'nft-mint',
  'gaming',
  'social',
  'governance',
  'prediction-market',
  'naming',
  'payments',
  'rwa',
  'portfolio-tools',
  'security-tools',
  'launchpad',
] as const;

export type CategoryId = (typeof CATEGORIES)[number];
