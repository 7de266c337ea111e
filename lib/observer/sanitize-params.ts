import { isArray, jsonParse, own, put, slice } from './intrinsics';

/**
 * Reduces a wallet request's params to what Sextant keeps. Runs in the page's world, so message
 * bodies that the user signs never leave it. Inputs are whatever the page passed: never trust shape,
 * never run a getter (values are read with `own`), and never walk more than the few fields kept, so
 * 5 MB of params cost what 5 bytes do, bar one bounded copy of calldata.
 */
const MAX_DATA_CHARS = 65_536;
/** All calldata of one observation together, so it stays under the relay's size cap (MAX_OBSERVATION_CHARS). */
const MAX_TOTAL_DATA_CHARS = 131_072;
const MAX_CALLS = 32;
/** Typed data longer than this is not parsed: its domain is not worth a page's main thread. */
const MAX_TYPED_DATA_CHARS = 200_000;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function str(value: unknown, max = 256): string | undefined {
  return typeof value === 'string' ? slice(value, 0, max) : undefined;
}

function numOrStr(value: unknown): string | number | undefined {
  if (typeof value === 'number' && value - value === 0) return value;
  return str(value, 80);
}

/** An object with only the fields that have a value, built as a literal would be (own data properties). */
function compact(fields: [string, Json | undefined][]): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (let i = 0; i < fields.length; i++) {
    const value = fields[i]![1];
    if (value !== undefined) put(out, fields[i]![0], value);
  }
  return out;
}

function call(value: unknown, budget: { chars: number }): Record<string, Json> {
  const raw = own(value, 'data') ?? own(value, 'input');
  const data = str(raw, budget.chars < MAX_DATA_CHARS ? budget.chars : MAX_DATA_CHARS);
  if (data !== undefined) budget.chars -= data.length;
  return compact([
    ['from', str(own(value, 'from'), 42)],
    ['to', str(own(value, 'to'), 42)],
    ['data', data],
    ['value', numOrStr(own(value, 'value'))],
    ['chainId', numOrStr(own(value, 'chainId'))],
  ]);
}

function typedDataHeader(value: unknown): Record<string, Json> {
  let typed: unknown = value;
  if (typeof value === 'string') {
    if (value.length > MAX_TYPED_DATA_CHARS) return { primaryType: null, domain: {} };
    try {
      typed = jsonParse(value);
    } catch {
      return {};
    }
  }
  const domain = own(typed, 'domain');
  const primaryType = str(own(typed, 'primaryType'), 80);
  const header: Record<string, Json> = {
    primaryType: primaryType ?? null,
    domain: compact([
      ['name', str(own(domain, 'name'), 80)],
      ['version', str(own(domain, 'version'), 20)],
      ['chainId', numOrStr(own(domain, 'chainId'))],
      ['verifyingContract', str(own(domain, 'verifyingContract'), 42)],
    ]),
  };
  if (primaryType !== undefined && slice(primaryType, 0, 6) === 'Permit') addPermitGrant(header, typed, primaryType);
  return header;
}

const MAX_PERMITTED = 8;

/** A permitted token as Permit2 states it: the token, how much, and until when. */
function permitted(value: unknown): Record<string, Json> {
  return compact([
    ['token', str(own(value, 'token'), 42)],
    ['amount', numOrStr(own(value, 'amount'))],
    ['expiration', numOrStr(own(value, 'expiration'))],
  ]);
}

function permittedList(value: unknown): Json | undefined {
  if (value === undefined) return undefined;
  if (!isArray(value)) return permitted(value);
  const out: Json[] = [];
  for (let i = 0; i < value.length && i < MAX_PERMITTED; i++) put(out, i, permitted(own(value, i)));
  return out;
}

/**
 * What an EIP-2612, DAI or Permit2 permit grants (spender, token, amount, expiry): the facts a
 * person needs to judge it. The rest of the message, and any witness, stays in the page; of the
 * types only the witness's type name is kept, which says what a Permit2 transfer is for.
 */
function addPermitGrant(header: Record<string, Json>, typed: unknown, primaryType: string): void {
  const m = own(typed, 'message');
  const allowed = own(m, 'allowed');
  const grant: [string, Json | undefined][] = [
    ['spender', str(own(m, 'spender'), 42)],
    ['value', numOrStr(own(m, 'value'))],
    ['allowed', typeof allowed === 'boolean' ? allowed : undefined],
    ['deadline', numOrStr(own(m, 'deadline'))],
    ['expiry', numOrStr(own(m, 'expiry'))],
    ['sigDeadline', numOrStr(own(m, 'sigDeadline'))],
    ['details', permittedList(own(m, 'details'))],
    ['permitted', permittedList(own(m, 'permitted'))],
  ];
  let granted = false;
  for (let i = 0; i < grant.length; i++) granted ||= grant[i]![1] !== undefined;
  if (granted) put(header, 'message', compact(grant));
  const fields = own(own(typed, 'types'), primaryType);
  if (!isArray(fields)) return;
  for (let i = 0; i < fields.length && i < 16; i++) {
    const field = own(fields, i);
    const type = own(field, 'name') === 'witness' ? str(own(field, 'type'), 80) : undefined;
    if (type === undefined) continue;
    const types: Record<string, Json> = {};
    put(types, primaryType, [compact([['name', 'witness'], ['type', type]])]);
    put(header, 'types', types);
    return;
  }
}

/** The first `max` own keys of a plain record (wallet_requestPermissions names the permissions as keys). */
function firstKeys(value: unknown, max: number): Record<string, Json> {
  const out: Record<string, Json> = {};
  if (value === null || typeof value !== 'object' || isArray(value)) return out;
  let n = 0;
  // for…in walks the prototype chain too; only the object's own keys count, read without running getters.
  for (const key in value) {
    if (n >= max) break;
    if (own(value, key) === undefined) continue;
    put(out, slice(key, 0, 64), {});
    n++;
  }
  return out;
}

export function sanitizeParams(method: string, params: unknown): Json[] {
  const p = isArray(params) ? params : [];
  const first = own(p, 0);
  switch (method) {
    case 'eth_sendTransaction':
      return [call(first, { chars: MAX_TOTAL_DATA_CHARS })];
    case 'wallet_sendCalls': {
      const list = own(first, 'calls');
      const calls: Json[] = [];
      const budget = { chars: MAX_TOTAL_DATA_CHARS };
      if (isArray(list)) for (let i = 0; i < list.length && i < MAX_CALLS; i++) put(calls, i, call(own(list, i), budget));
      return [compact([['version', str(own(first, 'version'), 20)], ['chainId', numOrStr(own(first, 'chainId'))], ['from', str(own(first, 'from'), 42)], ['calls', calls]])];
    }
    case 'eth_signTypedData':
    case 'eth_signTypedData_v3':
    case 'eth_signTypedData_v4':
      // [address, typedData]: keep the domain, the primary type and a permit's grant, never the rest of the message.
      return [typedDataHeader(own(p, 1))];
    case 'wallet_switchEthereumChain':
      return [compact([['chainId', numOrStr(own(first, 'chainId'))]])];
    case 'wallet_addEthereumChain':
      return [compact([['chainId', numOrStr(own(first, 'chainId'))], ['chainName', str(own(first, 'chainName'), 80)]])];
    case 'wallet_watchAsset': {
      const options = own(first, 'options');
      return [
        compact([
          ['type', str(own(first, 'type'), 20)],
          ['options', compact([['address', str(own(options, 'address'), 42)], ['symbol', str(own(options, 'symbol'), 20)], ['decimals', numOrStr(own(options, 'decimals'))]])],
        ]),
      ];
    }
    case 'wallet_requestPermissions':
      return [firstKeys(first, 8)];
    default:
      // Connects carry nothing worth keeping; personal_sign and eth_sign: only that it happened.
      return [];
  }
}
