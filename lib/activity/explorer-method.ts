import type { Hex } from 'viem';
import { SELECTOR_INDEX } from '../decode/abi-index';

const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

let byName: Map<string, Hex> | undefined;

/**
 * The selector of a function an explorer names in words ("Swap Exact Tokens For Tokens" is
 * swapExactTokensForTokens), or the selector itself when the explorer shows one (0x38ed1739).
 * Undefined for names the decoder does not know.
 */
export function selectorForMethod(method: string): Hex | undefined {
  const text = method.trim();
  if (/^0x[0-9a-fA-F]{8}$/.test(text)) return text.toLowerCase() as Hex;
  if (!byName) {
    byName = new Map();
    for (const [selector, known] of SELECTOR_INDEX) for (const k of known) if (!byName.has(squash(k.item.name))) byName.set(squash(k.item.name), selector);
  }
  return byName.get(squash(text));
}
