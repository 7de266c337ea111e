import { parseChainId } from '../activity/hex';
import type { DecodedAction } from '../decode/decoded-action';

export interface CallTarget {
  chainId: number;
  address: string;
}

const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

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
    if (typeof address === 'string' && ADDRESS.test(address) && chainId !== null) out.push({ chainId, address: address.toLowerCase() });
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
      const domain = typedDataDomain(event.params);
      if (domain) add(domain.verifyingContract, domain.chainId);
    }
  }
  return out;
}

/** The typed-data domain, whether params were stored by capture ([{domain}]) or are raw ([address, json]). */
function typedDataDomain(params: unknown[]): Record<string, unknown> | undefined {
  for (const p of params) {
    let value: unknown = p;
    if (typeof p === 'string' && p.startsWith('{')) {
      try {
        value = JSON.parse(p);
      } catch {
        continue;
      }
    }
    const domain = (value as { domain?: unknown } | null)?.domain;
    if (domain && typeof domain === 'object') return domain as Record<string, unknown>;
  }
  return undefined;
}
