import { parseChainId } from '../activity/hex';
import type { DecodedAction } from '../decode/decoded-action';
import { findTypedData } from '../decode/decode-event';
import { lowerAddress, record } from '../decode/unknown-values';

interface CallTarget {
  chainId: number;
  address: string;
}

/**
 * The contracts an event touches, most telling first. For approvals only the spender counts
 * (approving USDC to a router is an action on the router's dApp); typed data names its verifying
 * contract.
 */
export function callTargets(event: { method: string; params: unknown[]; chainId: number | null }, action: DecodedAction, { approvalsBySpender = true } = {}): CallTarget[] {
  const first = event.params[0] as Record<string, unknown> | undefined;
  const out: CallTarget[] = [];
  const add = (address: unknown, chain: unknown) => {
    const chainId = parseChainId(chain) ?? event.chainId;
    const lower = lowerAddress(address);
    if (lower && chainId !== null) out.push({ chainId, address: lower });
  };
  // An approval belongs to whoever may spend, not to the token being approved.
  if (action.spender) {
    add(action.spender, first?.chainId);
    if (approvalsBySpender) return out;
  }
  switch (event.method) {
    case 'eth_sendTransaction':
      add(first?.to, first?.chainId);
      break;
    case 'wallet_sendCalls':
      // In a batch the last calls usually do the work (approve first, then swap).
      // Imported files are only checked to have a params array, so `calls` may be anything.
      for (const call of [...(Array.isArray(first?.calls) ? (first.calls as (Record<string, unknown> | null)[]) : [])].reverse()) add(call?.to, first?.chainId);
      break;
    default: {
      const domain = record(record(findTypedData(event.params)).domain);
      add(domain.verifyingContract, domain.chainId);
    }
  }
  return out;
}
