import type { DecodedAction } from '../decode/decoded-action';
import { formatAmount } from '../tokens/format-amount';
import { tokenInfo } from '../tokens/token-info';
import type { ActionText } from './describe-event';

export interface TokenWording {
  /** The spender's name from the catalog ("Uniswap Permit2"); its short address is shown otherwise. */
  spenderName?: string | null;
  /** Locale for amounts ("1,000" in English, "1.000" in Indonesian). */
  locale?: string;
}

const shortAddress = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`;

/**
 * Approvals, permits and transfers of a token the bundled list knows, worded with its symbol and
 * amount: "Unlimited USDC to Uniswap Permit2", "Transfer 1,000 USDC". Null when the token or the
 * needed detail is unknown, so the caller falls back to the action's kind.
 */
export function describeTokenAction(action: DecodedAction, chainId: number | null | undefined, wording: TokenWording = {}): ActionText | null {
  if (chainId === null || chainId === undefined || !action.token) return null;
  const token = tokenInfo(chainId, action.token);
  if (!token) return null;
  const amount = action.amount !== undefined && /^\d+$/.test(action.amount) ? formatAmount(BigInt(action.amount), token.decimals, wording.locale) : null;
  if (action.kind === 'transfer') return amount === null ? null : { key: 'actionTransferToken', subs: [amount, token.symbol] };
  if (action.kind !== 'approve' && action.kind !== 'permit' && action.kind !== 'permit2') return null;
  if (!action.spender) return null;
  const spender = wording.spenderName ?? shortAddress(action.spender);
  if (action.revoke) return { key: 'actionRevokeToken', subs: [token.symbol, spender] };
  if (action.unlimited) return { key: 'actionUnlimitedToken', subs: [token.symbol, spender], warning: 'unlimited-approval' };
  return amount === null ? null : { key: 'actionApproveToken', subs: [amount, token.symbol, spender] };
}
