import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

interface ListedToken { chainId: number; address: string; symbol: string; extensions?: { superTokenInfo?: { type?: string } } }

/**
 * Superfluid's token list: its wrapper and native-asset super tokens (USDCx, ETHx…), contracts
 * Superfluid deploys. "Pure" super tokens are other projects' tokens built on it, and the list's
 * plain tokens are the underlying assets: neither is Superfluid's.
 */
export function readSuperfluidTokens(): ReturnType<ContractCollector['sorted']> {
  const list = require('@superfluid-finance/tokenlist') as { default?: { tokens: ListedToken[] }; tokens?: ListedToken[] };
  const out = new ContractCollector();
  for (const t of (list.default ?? list).tokens ?? []) {
    const type = t.extensions?.superTokenInfo?.type;
    if (type === 'Wrapper' || type === 'Native Asset') out.add(t.chainId, t.address, 'superfluid', `${t.symbol} super token`);
  }
  return out.sorted();
}
