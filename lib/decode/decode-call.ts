import { decodeFunctionData, type Hex } from 'viem';
import { SELECTOR_INDEX } from './abi-index';
import { argsByName, callFields } from './call-fields';
import { contractKind } from './contract-kinds';
import type { DecodedAction } from './decoded-action';
import { kindWithHint, pickCandidate, type DecodeHint } from './hints';
import { mostMeaningful } from './priority';
import { refineKind } from './refine';

export type { DecodeHint } from './hints';

/** A transaction or batched call as the page sent it (or as sanitize-params kept it). */
export interface CallInput {
  to?: string;
  data?: string;
  value?: string | number;
}

/** A multicall inside a multicall is unusual; deeper nesting is not unwrapped (and cannot recurse forever). */
const MAX_MULTICALL_DEPTH = 2;

/**
 * Wrapped native coins, whose deposit()/withdraw(uint256) wrap and unwrap rather than stake or lend:
 * WETH on Ethereum, OP Stack chains (Optimism, Base...) and Arbitrum; WPOL, WBNB, WAVAX.
 */
const WRAPPED_NATIVE: ReadonlySet<string> = new Set([
  '0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2',
  '0x4200000000000000000000000000000000000006',
  '0x82af49447d8a07e3bd95bd0d56f35241523fbab1',
  '0x0d500b1d8e8ef31e21c99d1db9a6444d3adf1270',
  '0xbb4cdb9cbd36b01bd1cbaebf2de08d9173bc095c',
  '0xb31f66aa3c1e785363f0875a1b74e27b85fd66c7',
]);
const WRAP_SIGNATURES: ReadonlySet<string> = new Set(['deposit()', 'withdraw(uint256)']);

/** Parses a wei value (number, decimal or hex string); anything unreadable counts as zero. */
function weiValue(value: unknown): bigint {
  try {
    if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? BigInt(Math.trunc(value)) : 0n;
    if (typeof value === 'string' && /^(0x[0-9a-fA-F]+|[0-9]+)$/.test(value.trim())) return BigInt(value.trim());
  } catch {
    // Fall through: an unreadable value is no value.
  }
  return 0n;
}

/**
 * Says what a call does. Never throws: calldata that cannot be decoded is a 'contract-call' with
 * its selector when it has at least 4 bytes. `hint.category` (the attributed dApp's category)
 * settles selectors shared by several protocols and generic shapes such as deposit().
 */
export function decodeCall(call: CallInput, hint?: DecodeHint): DecodedAction {
  return decodeAt(call, hint, 0);
}

function decodeAt(call: unknown, hint: DecodeHint | undefined, depth: number): DecodedAction {
  const c = (typeof call === 'object' && call !== null ? call : {}) as Record<string, unknown>;
  const to = typeof c.to === 'string' && c.to.trim() !== '' ? c.to.trim().toLowerCase() : undefined;
  if (to === undefined) return { kind: 'deploy' };

  // Some dApps send the calldata as `input` (the JSON-RPC transaction field), which capture keeps too.
  const data = c.data ?? c.input;
  const raw = typeof data === 'string' ? data.trim() : '';
  const body = /^0x/i.test(raw) ? raw.slice(2) : raw;
  if (body === '') return weiValue(c.value) > 0n ? { kind: 'send-native', to, recipient: to } : { kind: 'contract-call', to };

  if (!/^[0-9a-fA-F]{8}/.test(body)) return { kind: 'contract-call', to };
  const selector = `0x${body.slice(0, 8).toLowerCase()}` as Hex;
  const fallback: DecodedAction = { kind: 'contract-call', selector, to };
  const known = pickCandidate(SELECTOR_INDEX.get(selector) ?? [], hint);
  if (!known || body.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(body)) return fallback;
  // A bare selector (an explorer's export names the function but not its arguments) still says what kind of call it was.
  if (body.length === 8 && known.item.inputs.length > 0) return { kind: contractKind(to, known.signature) ?? kindWithHint(known, hint), name: known.item.name, selector, to };

  let args: readonly unknown[];
  try {
    args = decodeFunctionData({ abi: [known.item], data: `0x${body}` }).args ?? [];
  } catch {
    return fallback;
  }

  const name = known.item.name;
  if (WRAPPED_NATIVE.has(to) && WRAP_SIGNATURES.has(known.signature)) return { kind: 'swap', name, selector, to };
  if (name === 'multicall') return decodeMulticall(args, { kind: 'contract-call', name, selector, to }, hint, depth);

  const named = argsByName(known.item, args);
  const kind = contractKind(to, known.signature) ?? refineKind(known.signature, named, kindWithHint(known, hint));
  const action: DecodedAction = { kind, name, selector, to };
  return { ...action, ...withoutUndefined(callFields(action, known.item, named)) };
}

/** A multicall reads as its most meaningful inner call, keeping the outer selector and every inner call. */
function decodeMulticall(args: readonly unknown[], outer: DecodedAction, hint: DecodeHint | undefined, depth: number): DecodedAction {
  const inner = args[args.length - 1];
  if (depth >= MAX_MULTICALL_DEPTH || !Array.isArray(inner) || inner.length === 0) return outer;
  const calls = inner.map((data: unknown) => decodeAt({ to: outer.to, data }, hint, depth + 1));
  const best = mostMeaningful(calls) ?? outer;
  return { ...best, name: best.name ?? outer.name, selector: outer.selector, to: outer.to, calls };
}

function withoutUndefined<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as Partial<T>;
}
