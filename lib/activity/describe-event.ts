import { chainName } from '../catalog/chains';
import type { DecodedAction } from '../decode/decoded-action';
import type { SiteVerdict } from '../safety/site-verdict';
import { parseChainId } from './hex';

/** A message key and its substitutions, so each locale words the action itself. */
export interface ActionText {
  key: string;
  subs: string[];
  /** The user gave a contract unlimited access to a token or a whole NFT collection. */
  warning?: 'unlimited-approval';
  /** The page was flagged by the site check. */
  site?: 'lookalike' | 'phishing';
}

/** Keys that wrap an action's own message, and how many of their substitutions come before the action's. */
export const WRAPPING_KEYS: Readonly<Record<string, number>> = { actionOnDapp: 1, actionOnLookalike: 2, actionOnPhishing: 1 };

// What a signature on an imitation claims to be ("List NFT on OpenSea") is the imitation's story;
// only permits keep their name, because a permit is what drains the tokens.
const KEEPS_NAME_WHEN_SIGNED = new Set<DecodedAction['kind']>(['permit', 'permit2']);

/** Message key of an action kind on its own: kind_swap, kind_nft_approval, … */
export const kindKey = (kind: DecodedAction['kind']) => `kind_${kind.replaceAll('-', '_')}`;

/**
 * Says in plain terms what an event was: "Swap on Uniswap", "Switch to Arbitrum", "Unlimited
 * approval on Uniswap". The action comes from decoding; the dApp from attribution.
 */
export function describeEvent(
  event: { method: string; params: unknown[]; action?: DecodedAction; site?: SiteVerdict },
  dappName: string | null,
  imitatedName: string | null = null,
): ActionText {
  const action = event.action ?? { kind: 'contract-call' as const };
  const flagged = event.site && (event.site.verdict === 'lookalike' || event.site.verdict === 'phishing') ? event.site : null;
  if (flagged && event.method.includes('sign') && !KEEPS_NAME_WHEN_SIGNED.has(action.kind)) return onFlaggedSite({ key: 'kind_signature', subs: [] }, flagged, imitatedName);
  const first = event.params[0] as Record<string, unknown> | undefined;
  if (action.kind === 'switch-chain' || action.kind === 'add-chain') {
    const id = parseChainId(first?.chainId);
    return { key: action.kind === 'switch-chain' ? 'actionSwitchChain' : 'actionAddChain', subs: [id === null ? '?' : chainName(id)] };
  }
  if (action.kind === 'watch-asset') {
    const symbol = (first?.options as Record<string, unknown> | undefined)?.symbol;
    return { key: 'actionWatchAsset', subs: [typeof symbol === 'string' ? symbol : '?'] };
  }
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
  const own: ActionText = { key, subs };
  const text: ActionText = flagged ? onFlaggedSite(own, flagged, imitatedName) : dappName ? { key: 'actionOnDapp', subs: [key, dappName, ...subs] } : own;
  // A batch (approve, then swap) is named for its main call but still warns about an unlimited approval inside it.
  return unlimited || (action.calls ?? []).some(isUnlimited) ? { ...text, warning: 'unlimited-approval' } : text;
}

/** "Signature on 0pensea.io — looks like OpenSea", or "… — a known phishing site". */
function onFlaggedSite(action: ActionText, site: SiteVerdict, imitatedName: string | null): ActionText {
  if (site.verdict === 'phishing') return { key: 'actionOnPhishing', subs: [action.key, site.domain, ...action.subs], site: 'phishing' };
  return { key: 'actionOnLookalike', subs: [action.key, site.domain, imitatedName ?? site.resembles ?? '?', ...action.subs], site: 'lookalike' };
}
