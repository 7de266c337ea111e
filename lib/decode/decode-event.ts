import type { ActivityEvent } from '../activity/activity-event';
import { decodeCall, type DecodeHint } from './decode-call';
import { decodeSignature } from './decode-signature';
import type { DecodedAction } from './decoded-action';
import { mostMeaningful } from './priority';
import { isRecord, parseJson, record } from './unknown-values';

/**
 * Says what a recorded wallet request did. Params may be what sanitize-params kept or, for imported
 * activity, what the page sent; both are handled and neither is trusted. Never throws.
 */
export function decodeEvent(event: Pick<ActivityEvent, 'method' | 'params'>, hint?: DecodeHint): DecodedAction {
  const params: readonly unknown[] = Array.isArray(event.params) ? event.params : [];
  switch (event.method) {
    case 'eth_requestAccounts':
    case 'wallet_requestPermissions':
      return { kind: 'connect' };
    case 'eth_sendTransaction':
      return isRecord(params[0]) ? decodeCall(params[0], hint) : { kind: 'contract-call' };
    case 'wallet_sendCalls':
      return decodeBatch(params[0], hint);
    case 'personal_sign':
    case 'eth_sign':
      return { kind: 'sign' };
    case 'eth_signTypedData':
    case 'eth_signTypedData_v3':
    case 'eth_signTypedData_v4':
      return decodeSignature(findTypedData(params));
    case 'wallet_switchEthereumChain':
      return { kind: 'switch-chain' };
    case 'wallet_addEthereumChain':
      return { kind: 'add-chain' };
    case 'wallet_watchAsset': {
      const token = record(record(params[0]).options).address;
      return typeof token === 'string' && /^0x[0-9a-fA-F]{40}$/.test(token)
        ? { kind: 'watch-asset', token: token.toLowerCase() }
        : { kind: 'watch-asset' };
    }
    default:
      // Not a method Sextant records; say only which one it was.
      return { kind: 'contract-call', name: event.method };
  }
}

/** A wallet_sendCalls batch reads as its most meaningful call (see priority.ts), keeping every call. */
function decodeBatch(batch: unknown, hint: DecodeHint | undefined): DecodedAction {
  const calls = record(batch).calls;
  const decoded = (Array.isArray(calls) ? calls : []).map((c: unknown) =>
    isRecord(c) ? decodeCall(c, hint) : ({ kind: 'contract-call' } as DecodedAction),
  );
  const best = mostMeaningful(decoded);
  return best ? { ...best, calls: decoded } : { kind: 'contract-call', calls: [] };
}

/**
 * The typed data among the params: the kept header is [{primaryType, domain}]; the page sends
 * [address, typedData] with typedData an object or JSON string (some dApps swap the order).
 * Legacy eth_signTypedData sends an array of fields, which has no primary type: a plain signature.
 */
export function findTypedData(params: readonly unknown[]): unknown {
  for (const p of params) {
    const candidate = typeof p === 'string' && p.trimStart().startsWith('{') ? parseJson(p) : p;
    if (isRecord(candidate) && ('primaryType' in candidate || 'domain' in candidate)) return candidate;
  }
  return undefined;
}


