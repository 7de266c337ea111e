import type { CategoryId } from './categories';

/** Plain English for each category, added to the text a model embeds so a category's meaning is in its vector. */
export const CATEGORY_WORDS: Record<CategoryId, string> = {
  dex: 'decentralized exchange for swapping tokens',
  'dex-aggregator': 'swap aggregator that finds the best price across exchanges',
  lending: 'lending and borrowing market',
  'liquid-staking': 'liquid staking of ETH or other proof-of-stake tokens',
  restaking: 'restaking to secure additional services',
  'cdp-stablecoin': 'stablecoin minted against collateral',
  yield: 'yield vaults and farming strategies',
  perps: 'perpetual futures and leveraged trading',
  options: 'options trading',
  bridge: 'cross-chain bridge to move tokens between networks',
  'nft-marketplace': 'NFT marketplace to buy and sell collectibles',
  'nft-mint': 'NFT minting and creator tools',
  gaming: 'onchain game',
  social: 'decentralized social network',
  governance: 'DAO governance and voting',
  'prediction-market': 'prediction market to bet on outcomes',
  naming: 'blockchain name service and domains',
  payments: 'payments, streaming and wallets',
  rwa: 'tokenized real-world assets and treasuries',
  'portfolio-tools': 'portfolio tracker and dashboard',
  'security-tools': 'wallet security, approvals and multisig tools',
  launchpad: 'token launchpad and crowdfunding',
};
