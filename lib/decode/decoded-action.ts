/** What a wallet action did, in human terms. Produced by decodeEvent; worded by the UI and the CLI. */
export type ActionKind =
  | 'connect'
  | 'sign'
  | 'permit'
  | 'permit2'
  | 'switch-chain'
  | 'add-chain'
  | 'watch-asset'
  | 'send-native'
  | 'transfer'
  | 'approve'
  | 'nft-approval'
  | 'swap'
  | 'add-liquidity'
  | 'remove-liquidity'
  | 'supply'
  | 'borrow'
  | 'repay'
  | 'withdraw'
  | 'stake'
  | 'unstake'
  | 'bridge'
  | 'buy-nft'
  | 'list-nft'
  | 'mint'
  | 'vote'
  | 'register-name'
  | 'deploy'
  // Payment streams (Sablier, Superfluid): money that keeps flowing to a recipient over time.
  | 'stream'
  // Creating a smart-contract wallet (a Safe).
  | 'create-wallet'
  // Locking tokens in a vote-escrow (veCRV, veAERO, vePENDLE) for voting power.
  | 'lock'
  | 'contract-call';

export interface DecodedAction {
  kind: ActionKind;
  /** The function or typed-data type that was decoded, e.g. "approve" or "PermitSingle". */
  name?: string;
  /** 4-byte selector of the call, when there was one. */
  selector?: `0x${string}`;
  /** Contract the call went to, or a signature's verifying contract (lower-case hex), when there was one. */
  to?: string;
  /** For approvals and permits: the spender, and whether the amount is unlimited (≥ 2^255; ≥ 2^159 for Permit2's uint160). */
  spender?: string;
  unlimited?: boolean;
  /** For approvals and permits: the amount in the token's base units, as a decimal string (storable and exportable, unlike bigint). */
  amount?: string;
  /** For permits: when the allowance or the signature stops being usable, in Unix seconds. */
  expiry?: number;
  /** For approvals, transfers and streams: the token contract. */
  token?: string;
  /** For approvals: true when the call sets the allowance to zero (or revokes an operator). */
  revoke?: boolean;
  /** For transfers, native sends and streams: who receives (lower-case hex), when the call names them. */
  recipient?: string;
  /** For batches (wallet_sendCalls, multicall): every call decoded, in order; the action is the most meaningful one. */
  calls?: DecodedAction[];
}
