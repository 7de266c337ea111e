import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/**
 * Funding projects: Juicebox v4 (paying a project mints its tokens to the payer), Mint Club V2
 * bonding-curve mints, and Gitcoin's Allo v2 (allocating to a pool's grantees, i.e. donating).
 */
export const LAUNCHPAD_ABI = parseAbi([
  'function pay(uint256 projectId, address token, uint256 amount, address beneficiary, uint256 minReturnedTokens, string memo, bytes metadata) payable returns (uint256)',
  'function mint(address token, uint256 tokensToMint, uint256 maxReserveAmount, address receiver) returns (uint256)',
  'function allocate(uint256 poolId, bytes data) payable',
]);

export const LAUNCHPAD_KINDS: KindTable = {
  pay: 'mint',
  mint: 'mint',
  allocate: 'transfer',
};
