/** EIP-155 chains Sextant knows by name. Catalog entries may only name these. */
export const CHAINS = {
  1: 'Ethereum',
  10: 'Optimism',
  25: 'Cronos',
  56: 'BNB Chain',
  100: 'Gnosis',
  130: 'Unichain',
  137: 'Polygon',
  146: 'Sonic',
  250: 'Fantom',
  252: 'Fraxtal',
  324: 'zkSync',
  480: 'World Chain',
  1088: 'Metis',
  1101: 'Polygon zkEVM',
  1284: 'Moonbeam',
  2741: 'Abstract',
  5000: 'Mantle',
  7777777: 'Zora',
  8453: 'Base',
  34443: 'Mode',
  42161: 'Arbitrum',
  42220: 'Celo',
  43114: 'Avalanche',
  57073: 'Ink',
  59144: 'Linea',
  60808: 'BOB',
  80094: 'Berachain',
  81457: 'Blast',
  167000: 'Taiko',
  534352: 'Scroll',
  11155111: 'Sepolia',
  31337: 'Hardhat (local)',
} as const satisfies Record<number, string>;

export type KnownChainId = keyof typeof CHAINS;

export function isKnownChain(chainId: number): chainId is KnownChainId {
  return Object.hasOwn(CHAINS, chainId);
}

export function chainName(chainId: number): string {
  return isKnownChain(chainId) ? CHAINS[chainId] : `Chain ${chainId}`;
}
