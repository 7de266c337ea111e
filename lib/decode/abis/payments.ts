import { parseAbi } from 'viem';
import type { KindTable } from './kind-table';

/**
 * Paying people: payment streams (Sablier Lockup v3.0, Superfluid's CFAv1Forwarder), batch sends
 * (Disperse), invoices (Request Network fee proxies) and revenue splits (0xSplits SplitMain).
 * Parameter names matter: call-fields reads `token`, `receiver`, `to` and a `params` struct's
 * `recipient`/`token` for streams and transfers.
 */
export const PAYMENTS_ABI = parseAbi([
  // Sablier Lockup v3.0 (one SablierLockup contract for linear, dynamic and tranched streams).
  'struct CreateWithDurations { address sender; address recipient; uint128 depositAmount; address token; bool cancelable; bool transferable; string shape; }',
  'struct CreateWithTimestamps { address sender; address recipient; uint128 depositAmount; address token; bool cancelable; bool transferable; Timestamps timestamps; string shape; }',
  'struct Timestamps { uint40 start; uint40 end; }',
  'struct UnlockAmounts { uint128 start; uint128 cliff; }',
  'struct Durations { uint40 cliff; uint40 total; }',
  'struct SegmentWithDuration { uint128 amount; uint64 exponent; uint40 duration; }',
  'struct Segment { uint128 amount; uint64 exponent; uint40 timestamp; }',
  'struct TrancheWithDuration { uint128 amount; uint40 duration; }',
  'struct Tranche { uint128 amount; uint40 timestamp; }',
  'function createWithDurationsLL(CreateWithDurations params, UnlockAmounts unlockAmounts, Durations durations) payable returns (uint256)',
  'function createWithDurationsLD(CreateWithDurations params, SegmentWithDuration[] segmentsWithDuration) payable returns (uint256)',
  'function createWithDurationsLT(CreateWithDurations params, TrancheWithDuration[] tranchesWithDuration) payable returns (uint256)',
  'function createWithTimestampsLL(CreateWithTimestamps params, UnlockAmounts unlockAmounts, uint40 cliffTime) payable returns (uint256)',
  'function createWithTimestampsLD(CreateWithTimestamps params, Segment[] segments) payable returns (uint256)',
  'function createWithTimestampsLT(CreateWithTimestamps params, Tranche[] tranches) payable returns (uint256)',
  // The recipient taking out what has streamed so far.
  'function withdraw(uint256 streamId, address to, uint128 amount) payable',
  'function withdrawMax(uint256 streamId, address to) payable returns (uint128)',
  'function withdrawMaxAndTransfer(uint256 streamId, address newRecipient) payable returns (uint128)',
  'function withdrawMultiple(uint256[] streamIds, uint128[] amounts) payable',

  // Superfluid CFAv1Forwarder (0xcfA132E353cB4E398080B9700609bb008eceB125 on every chain).
  'function createFlow(address token, address sender, address receiver, int96 flowrate, bytes userData) returns (bool)',
  'function updateFlow(address token, address sender, address receiver, int96 flowrate, bytes userData) returns (bool)',
  'function deleteFlow(address token, address sender, address receiver, bytes userData) returns (bool)',
  'function setFlowrate(address token, address receiver, int96 flowrate) returns (bool)',

  // Disperse (0xD152f549545093347A162Dce210e7293f1452150): one payment to many recipients.
  'function disperseEther(address[] recipients, uint256[] values) payable',
  'function disperseToken(address token, address[] recipients, uint256[] values)',
  'function disperseTokenSimple(address token, address[] recipients, uint256[] values)',

  // Request Network: paying an invoice through the ERC-20 or native fee proxy.
  'function transferFromWithReferenceAndFee(address token, address to, uint256 amount, bytes paymentReference, uint256 feeAmount, address feeAddress)',
  'function transferWithReferenceAndFee(address to, bytes paymentReference, uint256 feeAmount, address feeAddress) payable',

  // LlamaPay: a factory makes one payer contract per token, which then streams to each payee.
  'function createLlamaPayContract(address _token) returns (address)',
  'function createStream(address to, uint216 amountPerSec)',

  // 0xSplits SplitMain v1: creating a split contract that shares out what it receives.
  'function createSplit(address[] accounts, uint32[] percentAllocations, uint32 distributorFee, address controller) returns (address)',
]);

export const PAYMENTS_KINDS: KindTable = {
  createWithDurationsLL: 'stream',
  createWithDurationsLD: 'stream',
  createWithDurationsLT: 'stream',
  createWithTimestampsLL: 'stream',
  createWithTimestampsLD: 'stream',
  createWithTimestampsLT: 'stream',
  withdraw: 'withdraw',
  withdrawMax: 'withdraw',
  withdrawMaxAndTransfer: 'withdraw',
  withdrawMultiple: 'withdraw',
  // Starting, changing and stopping a flow are all managing a stream.
  createFlow: 'stream',
  updateFlow: 'stream',
  deleteFlow: 'stream',
  setFlowrate: 'stream',
  createLlamaPayContract: 'stream',
  createStream: 'stream',
  disperseEther: 'send-native',
  disperseToken: 'transfer',
  disperseTokenSimple: 'transfer',
  transferFromWithReferenceAndFee: 'transfer',
  transferWithReferenceAndFee: 'send-native',
  createSplit: 'deploy',
};
