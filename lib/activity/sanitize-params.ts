/**
 * Reduces a wallet request's params to what Sextant keeps. Runs in the page's world, so message
 * bodies that the user signs never leave it. Inputs are whatever the page passed: never trust shape.
 */
const MAX_DATA_CHARS = 65_536;
const MAX_CALLS = 32;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function str(value: unknown, max = 256): string | undefined {
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

function numOrStr(value: unknown): string | number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  return str(value, 80);
}

function compact(record: Record<string, Json | undefined>): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(record)) if (v !== undefined) out[k] = v;
  return out;
}

function call(value: unknown): Record<string, Json> {
  const c = (value ?? {}) as Record<string, unknown>;
  return compact({
    from: str(c.from, 42),
    to: str(c.to, 42),
    data: str(c.data ?? c.input, MAX_DATA_CHARS),
    value: numOrStr(c.value),
    chainId: numOrStr(c.chainId),
  });
}

function typedDataHeader(value: unknown): Record<string, Json> {
  let typed: unknown = value;
  if (typeof value === 'string') {
    try {
      typed = JSON.parse(value);
    } catch {
      return {};
    }
  }
  const t = (typed ?? {}) as Record<string, unknown>;
  const d = (t.domain ?? {}) as Record<string, unknown>;
  const primaryType = str(t.primaryType, 80);
  const grant = primaryType?.startsWith('Permit') ? permitGrant(t, primaryType) : {};
  return {
    primaryType: primaryType ?? null,
    domain: compact({
      name: str(d.name, 80),
      version: str(d.version, 20),
      chainId: numOrStr(d.chainId),
      verifyingContract: str(d.verifyingContract, 42),
    }),
    ...grant,
  };
}

const MAX_PERMITTED = 8;

/** A permitted token as Permit2 states it: the token, how much, and until when. */
function permitted(value: unknown): Record<string, Json> {
  const g = (value ?? {}) as Record<string, unknown>;
  return compact({ token: str(g.token, 42), amount: numOrStr(g.amount), expiration: numOrStr(g.expiration) });
}

/**
 * What an EIP-2612, DAI or Permit2 permit grants (spender, token, amount, expiry): the facts a
 * person needs to judge it. The rest of the message, and any witness, stays in the page; of the
 * types only the witness's type name is kept, which says what a Permit2 transfer is for.
 */
function permitGrant(t: Record<string, unknown>, primaryType: string): Record<string, Json> {
  const m = (t.message ?? {}) as Record<string, unknown>;
  const list = (v: unknown) => (Array.isArray(v) ? v.slice(0, MAX_PERMITTED).map(permitted) : v === undefined ? undefined : permitted(v));
  const message = compact({
    spender: str(m.spender, 42),
    value: numOrStr(m.value),
    allowed: typeof m.allowed === 'boolean' ? m.allowed : undefined,
    deadline: numOrStr(m.deadline),
    expiry: numOrStr(m.expiry),
    sigDeadline: numOrStr(m.sigDeadline),
    details: list(m.details),
    permitted: list(m.permitted),
  });
  const fields = ((t.types ?? {}) as Record<string, unknown>)[primaryType];
  const witness = Array.isArray(fields) ? (fields as { name?: unknown; type?: unknown }[]).find((f) => f?.name === 'witness') : undefined;
  const witnessType = str(witness?.type, 80);
  return { message, ...(witnessType ? { types: { [primaryType]: [{ name: 'witness', type: witnessType }] } } : {}) };
}

export function sanitizeParams(method: string, params: unknown): Json[] {
  const p = Array.isArray(params) ? params : [];
  switch (method) {
    case 'eth_sendTransaction':
      return [call(p[0])];
    case 'wallet_sendCalls': {
      const b = (p[0] ?? {}) as Record<string, unknown>;
      const calls = Array.isArray(b.calls) ? b.calls.slice(0, MAX_CALLS).map(call) : [];
      return [compact({ version: str(b.version, 20), chainId: numOrStr(b.chainId), from: str(b.from, 42), calls })];
    }
    case 'eth_signTypedData':
    case 'eth_signTypedData_v3':
    case 'eth_signTypedData_v4':
      // [address, typedData]: keep the domain and primary type, never the message.
      return [typedDataHeader(p[1])];
    case 'wallet_switchEthereumChain':
      return [compact({ chainId: numOrStr((p[0] as Record<string, unknown> | undefined)?.chainId) })];
    case 'wallet_addEthereumChain': {
      const c = (p[0] ?? {}) as Record<string, unknown>;
      return [compact({ chainId: numOrStr(c.chainId), chainName: str(c.chainName, 80) })];
    }
    case 'wallet_watchAsset': {
      const a = (p[0] ?? {}) as Record<string, unknown>;
      const o = (a.options ?? {}) as Record<string, unknown>;
      return [compact({ type: str(a.type, 20), options: compact({ address: str(o.address, 42), symbol: str(o.symbol, 20), decimals: numOrStr(o.decimals) }) })];
    }
    case 'wallet_requestPermissions': {
      const perms = (p[0] ?? {}) as Record<string, unknown>;
      return [Object.fromEntries(Object.keys(perms).slice(0, 8).map((k) => [k.slice(0, 64), {}]))];
    }
    default:
      // Connects carry nothing worth keeping; personal_sign and eth_sign: only that it happened.
      return [];
  }
}
