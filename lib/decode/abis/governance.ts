import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/**
 * On-chain governance: OpenZeppelin Governor, Compound GovernorBravo, Nouns DAO, ERC20Votes
 * delegation, Snapshot's delegate registry, gauge voting (Velodrome/Aerodrome Voter) and the
 * vote-escrow locks that give that voting power (Curve veCRV and its clones, Velodrome/Aerodrome
 * veNFTs, Pendle vePENDLE).
 */
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

  // Nouns DAO: gas-refunded votes (V2/V3), and V4's with a client id for client rewards.
  'function castRefundableVote(uint256 proposalId, uint8 support)',
  'function castRefundableVoteWithReason(uint256 proposalId, uint8 support, string reason)',
  'function castRefundableVote(uint256 proposalId, uint8 support, uint32 clientId)',
  'function castRefundableVoteWithReason(uint256 proposalId, uint8 support, string reason, uint32 clientId)',

  // Snapshot (Gnosis) DelegateRegistry: delegating off-chain voting power for a space id.
  'function setDelegate(bytes32 id, address delegate)',
  'function clearDelegate(bytes32 id)',

  // Velodrome/Aerodrome Voter (V1 and V2): spreading a veNFT's weight over pool gauges.
  'function vote(uint256 tokenId, address[] poolVote, uint256[] weights)',

  // Vote-escrow locks. Curve's VotingEscrow (and its clones: veBAL, veFXS...) and Velodrome V1's
  // veNFT share create_lock(uint256,uint256); the others are each protocol's own shape.
  'function create_lock(uint256 value, uint256 unlockTime)',
  'function increase_amount(uint256 value)',
  'function increase_unlock_time(uint256 unlockTime)',
  'function increase_amount(uint256 tokenId, uint256 value)',
  'function increase_unlock_time(uint256 tokenId, uint256 lockDuration)',
  'function create_lock_for(uint256 value, uint256 lockDuration, address to) returns (uint256)',
  'function createLock(uint256 value, uint256 lockDuration) returns (uint256)',
  'function createLockFor(uint256 value, uint256 lockDuration, address to) returns (uint256)',
  'function increaseAmount(uint256 tokenId, uint256 value)',
  'function increaseUnlockTime(uint256 tokenId, uint256 lockDuration)',
  'function increaseLockPosition(uint128 additionalAmountToLock, uint128 newExpiry) returns (uint128)',
]);

const LOCK_NAMES = [
  'create_lock', 'increase_amount', 'increase_unlock_time', 'create_lock_for',
  'createLock', 'createLockFor', 'increaseAmount', 'increaseUnlockTime', 'increaseLockPosition',
] as const;

/** There is no separate kind for proposing or delegating: all of it is taking part in a vote. Locks earn the votes. */
export const GOVERNANCE_KINDS: KindTable = {
  ...Object.fromEntries(GOVERNANCE_ABI.filter((item) => item.type === 'function').map((item) => [item.name, 'vote'])),
  ...Object.fromEntries(LOCK_NAMES.map((name) => [name, 'lock'])),
};
