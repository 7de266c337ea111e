import type { ActionKind } from '../decode/decoded-action';

/**
 * How much one action says about what a person uses. Doing something (a swap, a deposit, a vote)
 * says most; signing and approving say a little less; connecting says that they looked. Chain
 * switches say which chains they use but nothing about a dApp.
 */
export const ACTION_WEIGHTS: Record<ActionKind, number> = {
  swap: 3, 'add-liquidity': 3, 'remove-liquidity': 2, supply: 3, borrow: 3, repay: 2, withdraw: 2, stake: 3, unstake: 2,
  bridge: 3, 'buy-nft': 3, 'list-nft': 2.5, mint: 3, vote: 2.5, 'register-name': 3, deploy: 2, 'contract-call': 2,
  stream: 3, lock: 3, 'create-wallet': 2,
  permit: 1.5, permit2: 1.5, approve: 1.5, 'nft-approval': 1.5, sign: 1.5,
  transfer: 1, 'send-native': 1, connect: 1, 'watch-asset': 0.5, 'switch-chain': 0.5, 'add-chain': 0.5,
};

/** A request the user rejected still shows intent, but much less. */
export const REJECTED_FACTOR = 0.25;

export const DEFAULT_HALF_LIFE_DAYS = 60;
