import { apply } from './intrinsics';

// Captured at document_start, like ./intrinsics: a page that later replaces crypto.getRandomValues
// or Array.prototype.join must not choose, or see, the ids of Sextant's observations.
const cryptoObject = globalThis.crypto;
const getRandomValues = cryptoObject.getRandomValues;
const NativeUint8Array = Uint8Array;
const HEX = '0123456789abcdef';

/** 32 random hex characters. crypto.randomUUID exists only in secure contexts, and wallets also run on plain http pages. */
export function pageUid(): string {
  const bytes = new NativeUint8Array(16);
  apply(getRandomValues, cryptoObject, [bytes]);
  let out = '';
  for (let i = 0; i < 16; i++) out += HEX[bytes[i]! >> 4]! + HEX[bytes[i]! & 15]!;
  return out;
}
