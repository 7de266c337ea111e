import { createRequire } from 'node:module';
import { getAddress } from 'viem';
import { isKnownChain } from '../../lib/catalog/chains';
import { tokenDataSchema, type TokenData, type TokenRow } from '../../lib/tokens/token-data-schema';
import { packageSource } from './package-source';

const require = createRequire(import.meta.url);

interface UniswapToken {
  chainId: number;
  address: string;
  symbol: string;
  decimals: number;
  name: string;
}

interface MetaMaskEntry {
  erc20?: boolean;
  symbol?: string;
  decimals?: number;
  name?: string;
}

/**
 * Reads the installed token lists into the bundled data: Uniswap's default list (many chains) first,
 * then MetaMask's contract metadata (Ethereum only) for tokens Uniswap does not list. Only chains
 * Sextant knows; a token's per-chain bridge addresses are not copied because decimals differ across
 * chains (USDC has 18 on BNB Chain).
 */
export function buildTokenData(): TokenData {
  const rows = new Map<string, TokenRow>();
  const add = (chainId: number, address: string, symbol: string | undefined, decimals: number | undefined, name: string | undefined) => {
    if (!isKnownChain(chainId) || !symbol || decimals === undefined) return;
    const checksummed = getAddress(address);
    const key = `${chainId}:${checksummed.toLowerCase()}`;
    if (!rows.has(key)) rows.set(key, [chainId, checksummed, symbol.trim(), decimals, (name ?? symbol).trim()]);
  };
  const uniswap = require('@uniswap/default-token-list') as { tokens: UniswapToken[] };
  for (const t of uniswap.tokens) add(t.chainId, t.address, t.symbol, t.decimals, t.name);
  const metamask = require('@metamask/contract-metadata/contract-map.json') as Record<string, MetaMaskEntry>;
  for (const [address, t] of Object.entries(metamask)) if (t.erc20) add(1, address, t.symbol, t.decimals, t.name);
  const tokens = [...rows.values()].sort((a, b) => a[0] - b[0] || a[1].toLowerCase().localeCompare(b[1].toLowerCase()));
  return tokenDataSchema.parse({ sources: [packageSource('@uniswap/default-token-list'), packageSource('@metamask/contract-metadata')], tokens });
}
