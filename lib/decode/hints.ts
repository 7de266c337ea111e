import type { Family, KnownFunction } from './abi-index';
import type { ActionKind } from './decoded-action';

/** What the caller knows about the contract: the category of the dApp the action was attributed to. */
export interface DecodeHint {
  category?: string;
}

/** Which ABI family to prefer when a selector belongs to several (e.g. mint(uint256): NFT or cToken). */
const CATEGORY_FAMILY: ReadonlyMap<string, Family> = new Map<string, Family>([
  ['dex', 'dex'],
  ['dex-aggregator', 'dex'],
  ['lending', 'lending'],
  ['yield', 'lending'],
  ['cdp-stablecoin', 'lending'],
  ['liquid-staking', 'staking'],
  ['restaking', 'staking'],
  ['bridge', 'bridge'],
  ['nft-marketplace', 'nft'],
  ['nft-mint', 'nft'],
  ['governance', 'governance'],
  ['naming', 'naming'],
  ['payments', 'payments'],
  ['perps', 'derivatives'],
  ['options', 'derivatives'],
  ['prediction-market', 'derivatives'],
  ['social', 'social'],
  ['security-tools', 'wallet'],
  ['launchpad', 'launchpad'],
  ['gaming', 'nft'],
]);

/**
 * Shapes so common that the function alone cannot say what kind of protocol it is: a payable
 * deposit() is Rocket Pool, ether.fi, a bridge or a vault. For these the dApp's category decides.
 */
const GENERIC_SIGNATURES: ReadonlySet<string> = new Set([
  'deposit()',
  'deposit(uint256)',
  'deposit(address)',
  'deposit(address,uint256)',
  'deposit(uint256,address)',
  'depositETH()',
  'mint(uint256,address)',
  'stake()',
  'stake(uint256)',
  'withdraw(uint256)',
  'withdraw(address,uint256)',
  'withdraw(uint256,address,address)',
  'redeem(uint256,address,address)',
  'unstake()',
  'unstake(uint256)',
]);

/** The ABI family a dApp category's contracts speak, when it has one. */
export function familyForCategory(category: string | undefined): Family | undefined {
  return category === undefined ? undefined : CATEGORY_FAMILY.get(category);
}

/** Of the functions sharing a selector, the one from the dApp category's family, else the first registered. */
export function pickCandidate(candidates: readonly KnownFunction[], hint: DecodeHint | undefined): KnownFunction | undefined {
  const family = hint?.category === undefined ? undefined : CATEGORY_FAMILY.get(hint.category);
  return candidates.find((c) => c.family === family) ?? candidates[0];
}

/** The kind of a known function, re-read through the dApp's category when the shape is generic. */
export function kindWithHint(known: KnownFunction, hint: DecodeHint | undefined): ActionKind {
  if (hint?.category === undefined || !GENERIC_SIGNATURES.has(known.signature)) return known.kind;
  const outward = known.kind === 'withdraw' || known.kind === 'unstake';
  switch (hint.category) {
    case 'bridge':
      return 'bridge';
    case 'lending':
    case 'yield':
    case 'cdp-stablecoin':
      return outward ? 'withdraw' : 'supply';
    case 'liquid-staking':
    case 'restaking':
      return outward ? 'unstake' : 'stake';
    default:
      return known.kind;
  }
}
