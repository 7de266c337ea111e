import type { ActionKind, DecodedAction } from './decoded-action';

/**
 * Which kind of action says most about a batch (wallet_sendCalls, multicall), most meaningful first.
 * What the user set out to do (swap, buy, bridge, lend...) outranks the approvals and permits that
 * merely enable it, and those outrank plumbing (refundETH, sweepToken) and unknown calls. So an
 * approve + swap batch reads as a swap, and approve + unknown call still says who was approved.
 */
const KIND_PRIORITY: readonly ActionKind[] = [
  'swap',
  'buy-nft',
  'list-nft',
  'mint',
  'bridge',
  'add-liquidity',
  'remove-liquidity',
  'borrow',
  'repay',
  'supply',
  'withdraw',
  'stake',
  'unstake',
  'lock',
  'register-name',
  'vote',
  'stream',
  'transfer',
  'send-native',
  'create-wallet',
  'deploy',
  'nft-approval',
  'permit2',
  'permit',
  'approve',
  'contract-call',
  'sign',
  'connect',
  'switch-chain',
  'add-chain',
  'watch-asset',
];

const RANK = new Map(KIND_PRIORITY.map((kind, i) => [kind, i]));

/** The most meaningful action of a batch; the earliest wins a tie. Undefined for an empty batch. */
export function mostMeaningful(actions: readonly DecodedAction[]): DecodedAction | undefined {
  let best: DecodedAction | undefined;
  for (const action of actions) {
    if (!best || (RANK.get(action.kind) ?? RANK.size) < (RANK.get(best.kind) ?? RANK.size)) best = action;
  }
  return best;
}
