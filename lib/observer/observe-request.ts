import { parseChainId } from '../activity/hex';
import { isRecordedMethod } from '../activity/methods';
import { outcomeFromError, outcomeFromResult } from '../activity/outcome-from-result';
import { sanitizeParams } from '../activity/sanitize-params';
import type { PageObservation } from '../messaging/page-channel';

/** What the observer knows about one provider: the chain it is on. */
export interface ProviderState {
  chainId: number | null;
}

export interface ObserveDeps {
  emit(observation: PageObservation): void;
  now(): number;
  uid(): string;
}

/** Callbacks for the request's settlement; the caller attaches them without altering the page's promise. */
export interface Settlement {
  ok(result: unknown): void;
  fail(error: unknown): void;
}

function targetChain(method: string, params: unknown[]): number | null {
  const first = params[0] as Record<string, unknown> | undefined;
  if (method === 'wallet_switchEthereumChain' || method === 'wallet_addEthereumChain' || method === 'wallet_sendCalls') {
    return parseChainId(first?.chainId);
  }
  if (method === 'eth_sendTransaction') return parseChainId(first?.chainId);
  return null;
}

/**
 * Records one request the page made. Called after the wallet already has the request, so nothing
 * here can delay it. Returns how to record its outcome, or null when the method is not recorded.
 */
export function observeRequest(deps: ObserveDeps, state: ProviderState, method: unknown, params: unknown, legacyChainId?: unknown): Settlement | null {
  if (method === 'eth_chainId') {
    return { ok: (r) => (state.chainId = parseChainId(r) ?? state.chainId), fail: () => {} };
  }
  if (!isRecordedMethod(method)) return null;
  const kept = sanitizeParams(method, params);
  const uid = deps.uid();
  const requested = targetChain(method, kept);
  // Until the page asks eth_chainId, the legacy `provider.chainId` field many wallets keep is the best guess.
  state.chainId ??= parseChainId(legacyChainId);
  deps.emit({ type: 'request', uid, time: deps.now(), method, params: kept, chainId: requested ?? state.chainId });
  return {
    ok: (result) => {
      if (method === 'wallet_switchEthereumChain' && requested !== null) state.chainId = requested;
      deps.emit({ type: 'outcome', uid, outcome: outcomeFromResult(method, result) });
    },
    fail: (error) => deps.emit({ type: 'outcome', uid, outcome: outcomeFromError(error) }),
  };
}
