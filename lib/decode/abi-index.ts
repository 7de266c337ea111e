import { toFunctionSelector, toFunctionSignature, type Abi, type AbiFunction, type Hex } from 'viem';
import type { ActionKind } from './decoded-action';
import { BRIDGE_ABI, BRIDGE_KINDS } from './abis/bridge';
import { DERIVATIVES_ABI, DERIVATIVES_KINDS } from './abis/derivatives';
import { DEX_ABI, DEX_KINDS } from './abis/dex';
import { ERC20_ABI, ERC20_KINDS } from './abis/erc20';
import { GOVERNANCE_ABI, GOVERNANCE_KINDS } from './abis/governance';
import type { KindTable } from './abis/kind-table';
import { LAUNCHPAD_ABI, LAUNCHPAD_KINDS } from './abis/launchpad';
import { LENDING_ABI, LENDING_KINDS } from './abis/lending';
import { NAMING_ABI, NAMING_KINDS } from './abis/naming';
import { NFT_ABI, NFT_KINDS } from './abis/nft';
import { PAYMENTS_ABI, PAYMENTS_KINDS } from './abis/payments';
import { SOCIAL_ABI, SOCIAL_KINDS } from './abis/social';
import { STAKING_ABI, STAKING_KINDS } from './abis/staking';
import { WALLET_ABI, WALLET_KINDS } from './abis/wallet';

export type Family =
  | 'erc20'
  | 'nft'
  | 'dex'
  | 'lending'
  | 'staking'
  | 'bridge'
  | 'governance'
  | 'naming'
  | 'payments'
  | 'derivatives'
  | 'social'
  | 'wallet'
  | 'launchpad';

/** One known function: its ABI item, what it does, and which family it came from. */
export interface KnownFunction {
  item: AbiFunction;
  /** Canonical signature, e.g. "approve(address,uint256)". */
  signature: string;
  kind: ActionKind;
  family: Family;
}

/**
 * Registration order is the tie-break when one selector belongs to several families and no hint
 * says which: nft before lending makes a bare mint(uint256) read as an NFT mint, not a Compound supply.
 */
export const FAMILIES: readonly (readonly [Family, Abi, KindTable])[] = [
  ['erc20', ERC20_ABI, ERC20_KINDS],
  ['nft', NFT_ABI, NFT_KINDS],
  ['dex', DEX_ABI, DEX_KINDS],
  ['lending', LENDING_ABI, LENDING_KINDS],
  ['staking', STAKING_ABI, STAKING_KINDS],
  ['bridge', BRIDGE_ABI, BRIDGE_KINDS],
  ['governance', GOVERNANCE_ABI, GOVERNANCE_KINDS],
  ['naming', NAMING_ABI, NAMING_KINDS],
  ['payments', PAYMENTS_ABI, PAYMENTS_KINDS],
  ['derivatives', DERIVATIVES_ABI, DERIVATIVES_KINDS],
  ['social', SOCIAL_ABI, SOCIAL_KINDS],
  ['wallet', WALLET_ABI, WALLET_KINDS],
  ['launchpad', LAUNCHPAD_ABI, LAUNCHPAD_KINDS],
];

function buildIndex(): Map<Hex, KnownFunction[]> {
  const index = new Map<Hex, KnownFunction[]>();
  for (const [family, abi, kinds] of FAMILIES) {
    for (const item of abi) {
      if (item.type !== 'function') continue;
      const signature = toFunctionSignature(item);
      const kind = kinds[signature] ?? kinds[item.name] ?? 'contract-call';
      const selector = toFunctionSelector(item);
      const known = index.get(selector) ?? [];
      // One entry per family: overloads that differ only in parameter names add nothing.
      if (!known.some((k) => k.family === family)) known.push({ item, signature, kind, family });
      index.set(selector, known);
    }
  }
  return index;
}

/** Every known function by 4-byte selector, built once at module load. */
export const SELECTOR_INDEX: ReadonlyMap<Hex, readonly KnownFunction[]> = buildIndex();
