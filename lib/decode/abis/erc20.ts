import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/**
 * Token approvals and transfers. Parameter names matter: decode-call reads `spender`, `amount`,
 * `value`, `addedValue`, `allowed`, `token` and `to` by name to fill in approval fields.
 */
export const ERC20_ABI = parseAbi([
  'function approve(address spender, uint256 amount) returns (bool)',
  'function increaseAllowance(address spender, uint256 addedValue) returns (bool)',
  'function transfer(address to, uint256 amount) returns (bool)',
  'function transferFrom(address from, address to, uint256 amount) returns (bool)',
  // EIP-2612, and DAI's older permit, which grants all-or-nothing.
  'function permit(address owner, address spender, uint256 value, uint256 deadline, uint8 v, bytes32 r, bytes32 s)',
  'function permit(address holder, address spender, uint256 nonce, uint256 expiry, bool allowed, uint8 v, bytes32 r, bytes32 s)',
  // Permit2 (0x000000000022D473030F116dDEE9F6B43aC78BA3) on-chain allowance and permit.
  'function approve(address token, address spender, uint160 amount, uint48 expiration)',
  'struct PermitDetails { address token; uint160 amount; uint48 expiration; uint48 nonce; }',
  'struct PermitSingle { PermitDetails details; address spender; uint256 sigDeadline; }',
  'function permit(address owner, PermitSingle permitSingle, bytes signature)',
]);

export const ERC20_KINDS: KindTable = {
  approve: 'approve',
  increaseAllowance: 'approve',
  transfer: 'transfer',
  transferFrom: 'transfer',
  permit: 'permit',
  'permit(address,((address,uint160,uint48,uint48),address,uint256),bytes)': 'permit2',
};
