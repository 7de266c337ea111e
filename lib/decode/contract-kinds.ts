import type { ActionKind } from './decoded-action';

/**
 * A few shapes are too common to mean one thing, except on one known contract: burn(uint256) burns
 * any token but on rETH gives back staked ETH; mint(uint256,address) is an ERC-4626 deposit but on
 * an Alchemix Alchemist borrows alAssets. Keyed by lower-case address, then canonical signature.
 */
const CONTRACT_KINDS: ReadonlyMap<string, Readonly<Record<string, ActionKind>>> = new Map<string, Readonly<Record<string, ActionKind>>>([
  // Rocket Pool rETH (Ethereum).
  ['0xae78736cd615f374d3085123a210448e74fc6393', { 'burn(uint256)': 'unstake' }],
  // Alchemix AlchemistV2 for alUSD and alETH (Ethereum).
  ['0x5c6374a2ac4ebc38dea0fc1f8716e5ea1add94dd', { 'mint(uint256,address)': 'borrow' }],
  ['0x062bf725dc4cdf947aa79ca2aaccd4f385b13b5c', { 'mint(uint256,address)': 'borrow' }],
]);

/** What this signature does on this particular contract, when the contract is one of the known exceptions. */
export function contractKind(to: string, signature: string): ActionKind | undefined {
  return CONTRACT_KINDS.get(to)?.[signature];
}
