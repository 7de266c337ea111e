import type { Outcome } from '../activity/outcome';
import { charCodeAt, isArray, isSafeInteger, own, put, slice } from './intrinsics';

/** `0x` then exactly `digits` hex digits, checked character by character (a page can patch RegExp.prototype.exec). */
function isHex(value: unknown, digits: number): value is string {
  if (typeof value !== 'string' || value.length !== digits + 2 || charCodeAt(value, 0) !== 48 || charCodeAt(value, 1) !== 120) return false;
  for (let i = 2; i < value.length; i++) {
    const c = charCodeAt(value, i) | 32;
    if (!((c >= 48 && c <= 57) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

/** Keeps the part of a wallet's answer that matters: a tx hash, the accounts, or a calls id. Reads the answer without running its getters. */
export function outcomeOfResult(method: string, result: unknown): Outcome {
  if (method === 'eth_sendTransaction' && isHex(result, 64)) return { status: 'ok', txHash: result };
  if (method === 'eth_requestAccounts' && isArray(result)) {
    const accounts: string[] = [];
    for (let i = 0; i < result.length && accounts.length < 16; i++) {
      const account = own(result, i);
      if (isHex(account, 40)) put(accounts, accounts.length, account);
    }
    return { status: 'ok', accounts };
  }
  if (method === 'wallet_sendCalls') {
    const id = typeof result === 'string' ? result : own(result, 'id');
    if (typeof id === 'string') return { status: 'ok', callsId: slice(id, 0, 200) };
  }
  return { status: 'ok' };
}

export function outcomeOfError(error: unknown): Outcome {
  const code = own(error, 'code');
  return { status: 'error', code: typeof code === 'number' && isSafeInteger(code) ? code : null };
}

/** A wallet chain id (hex string, decimal string or number) as a safe positive integer, parsed by hand for the same reason as isHex. */
export function readChainId(value: unknown): number | null {
  let n = 0;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && value.length > 2 && value.length <= 17 && charCodeAt(value, 0) === 48 && charCodeAt(value, 1) === 120) {
    for (let i = 2; i < value.length; i++) {
      const c = charCodeAt(value, i) | 32;
      const digit = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1;
      if (digit < 0) return null;
      n = n * 16 + digit;
    }
  } else if (typeof value === 'string' && value.length > 0 && value.length <= 16) {
    for (let i = 0; i < value.length; i++) {
      const c = charCodeAt(value, i);
      if (c < 48 || c > 57) return null;
      n = n * 10 + (c - 48);
    }
  } else return null;
  return isSafeInteger(n) && n > 0 ? n : null;
}
