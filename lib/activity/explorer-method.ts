import type { Hex } from 'viem';
import { SELECTOR_INDEX, type Family } from '../decode/abi-index';

const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

let byName: Map<string, { selector: Hex; family: Family }[]> | undefined;

function index(): Map<string, { selector: Hex; family: Family }[]> {
  if (!byName) {
    byName = new Map();
    for (const [selector, known] of SELECTOR_INDEX) {
      for (const k of known) {
        const list = byName.get(squash(k.item.name)) ?? [];
        list.push({ selector, family: k.family });
        byName.set(squash(k.item.name), list);
      }
    }
  }
  return byName;
}

/**
 * The selector of a function an explorer names in words ("Swap Exact Tokens For Tokens" is
 * swapExactTokensForTokens), or the selector itself when the explorer shows one (0x38ed1739).
 * Several protocols use one name (execute: Uniswap's router, NFT markets): the family of the called
 * contract's dApp decides, else the first registered. Undefined for names the decoder does not know.
 */
export function selectorForMethod(method: string, family?: Family): Hex | undefined {
  const text = method.trim();
  if (/^0x[0-9a-fA-F]{8}$/.test(text)) return text.toLowerCase() as Hex;
  const candidates = index().get(squash(text)) ?? [];
  return (candidates.find((c) => c.family === family) ?? candidates[0])?.selector;
}
