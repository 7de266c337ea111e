import type { Outcome } from './outcome';

const HASH = /^0x[0-9a-fA-F]{64}$/;
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;

/** Keeps the part of a wallet's answer that matters: a tx hash, the accounts, or a calls id. */
export function outcomeFromResult(method: string, result: unknown): Outcome {
  if (method === 'eth_sendTransaction' && typeof result === 'string' && HASH.test(result)) {
    return { status: 'ok', txHash: result };
  }
  if (method === 'eth_requestAccounts' && Array.isArray(result)) {
    const accounts = result.filter((a): a is string => typeof a === 'string' && ADDRESS.test(a)).slice(0, 16);
    return { status: 'ok', accounts };
  }
  if (method === 'wallet_sendCalls') {
    const id = typeof result === 'string' ? result : (result as { id?: unknown } | null)?.id;
    if (typeof id === 'string') return { status: 'ok', callsId: id.slice(0, 200) };
  }
  return { status: 'ok' };
}

export function outcomeFromError(error: unknown): Outcome {
  const code = (error as { code?: unknown } | null)?.code;
  return { status: 'error', code: typeof code === 'number' && Number.isSafeInteger(code) ? code : null };
}
