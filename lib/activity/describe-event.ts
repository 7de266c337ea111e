import { chainName } from '../catalog/chains';
import type { DecodedAction } from '../decode/decoded-action';
import { describeTokenAction, type TokenWording } from './describe-token-action';
import { parseChainId } from './hex';

/** A message key and its substitutions, so each locale words the action itself. */
export interface ActionText {
  key: string;
  subs: string[];
  /** The user gave a contract unlimited access to a token or a whole NFT collection. */
  warning?: 'unlimited-approval';
}

/** Message key of an action kind on its own: kind_swap, kind_nft_approval, … */
export const kindKey = (kind: DecodedAction['kind']) => `kind_${kind.replaceAll('-', '_')}`;

/**
 * Says in plain terms what an event was: "Swap on Uniswap", "Switch to Arbitrum", "Unlimited
 * approval on Uniswap", "Unlimited USDC to Uniswap Permit2". The action comes from decoding; the
 * dApp from attribution; token symbols and decimals from the bundled token list.
 */
export function describeEvent(
  event: { method: string; params: unknown[]; action?: DecodedAction; chainId?: number | null },
  dappName: string | null,
  wording: TokenWording = {},
): ActionText {
  const action = event.action ?? { kind: 'contract-call' as const };
  const first = event.params[0] as Record<string, unknown> | undefined;
  if (action.kind === 'switch-chain' || action.kind === 'add-chain') {
    const id = parseChainId(first?.chainId);
    return { key: action.kind === 'switch-chain' ? 'actionSwitchChain' : 'actionAddChain', subs: [id === null ? '?' : chainName(id)] };
  }
  if (action.kind === 'watch-asset') {
    const symbol = (first?.options as Record<string, unknown> | undefined)?.symbol;
    return { key: 'actionWatchAsset', subs: [typeof symbol === 'string' ? symbol : '?'] };
  }
  const tokenText = describeTokenAction(action, event.chainId, wording);
  // A named spender already says whose approval it is; otherwise the dApp still frames it.
  if (tokenText) return dappName && !wording.spenderName ? { ...tokenText, key: 'actionOnDapp', subs: [tokenText.key, dappName, ...tokenText.subs] } : tokenText;
  // Only approvals and permits are ever marked unlimited (see lib/decode).
  const isUnlimited = (a: DecodedAction) => a.unlimited === true && !a.revoke;
  const unlimited = isUnlimited(action);
  const [key, subs] = unlimited
    ? ['kind_unlimited_approval', []]
    : action.kind === 'contract-call' && action.selector
      ? ['kind_contract_call_selector', [action.selector]]
      : action.kind === 'sign' && action.name
        ? ['kind_sign_typed', [action.name]]
        : [kindKey(action.kind), []];
  const text: ActionText = dappName ? { key: 'actionOnDapp', subs: [key, dappName, ...subs] } : { key, subs };
  // A batch (approve, then swap) is named for its main call but still warns about an unlimited approval inside it.
  return unlimited || (action.calls ?? []).some(isUnlimited) ? { ...text, warning: 'unlimited-approval' } : text;
}
