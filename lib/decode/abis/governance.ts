import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/** On-chain governance: OpenZeppelin Governor, Compound GovernorBravo, ERC20Votes delegation. */
export const GOVERNANCE_ABI = parseAbi([
  'function castVote(uint256 proposalId, uint8 support) returns (uint256)',
  'function castVoteWithReason(uint256 proposalId, uint8 support, string reason) returns (uint256)',
  'function castVoteWithReasonAndParams(uint256 proposalId, uint8 support, string reason, bytes params) returns (uint256)',
  // Governor up to OZ 4.x takes (v, r, s); OZ 5 takes the voter and a signature.
  'function castVoteBySig(uint256 proposalId, uint8 support, uint8 v, bytes32 r, bytes32 s) returns (uint256)',
  'function castVoteBySig(uint256 proposalId, uint8 support, address voter, bytes signature) returns (uint256)',
  'function propose(address[] targets, uint256[] values, bytes[] calldatas, string description) returns (uint256)',
  'function propose(address[] targets, uint256[] values, string[] signatures, bytes[] calldatas, string description) returns (uint256)',
  'function delegate(address delegatee)',
  'function delegateBySig(address delegatee, uint256 nonce, uint256 expiry, uint8 v, bytes32 r, bytes32 s)',
]);

/** There is no separate kind for proposing or delegating: all of it is taking part in a vote. */
export const GOVERNANCE_KINDS: KindTable = Object.fromEntries(
  GOVERNANCE_ABI.filter((item) => item.type === 'function').map((item) => [item.name, 'vote']),
);
