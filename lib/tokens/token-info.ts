import data from './data/tokens.json';
import { tokenDataSchema } from './token-data-schema';

export interface TokenInfo {
  symbol: string;
  decimals: number;
  name: string;
}

let index: ReadonlyMap<string, TokenInfo> | undefined;

/** The bundled token list, validated once per process (a bad row fails loudly in tests, not silently in the UI). */
function tokenIndex(): ReadonlyMap<string, TokenInfo> {
  if (!index) {
    const parsed = tokenDataSchema.parse(data);
    index = new Map(parsed.tokens.map(([chainId, address, symbol, decimals, name]) => [`${chainId}:${address.toLowerCase()}`, { symbol, decimals, name }]));
  }
  return index;
}

/** Symbol, decimals and name of a token on a chain, from the bundled list; undefined when unknown. */
export function tokenInfo(chainId: number, address: string): TokenInfo | undefined {
  return tokenIndex().get(`${chainId}:${address.toLowerCase()}`);
}

/** How many tokens the bundled list knows. */
export function tokenCount(): number {
  return tokenIndex().size;
}
