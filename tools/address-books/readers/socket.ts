import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';
import { camelWords } from './per-chain';

const require = createRequire(import.meta.url);

/** Socket's (Bungee's) liquidity-layer addresses: its registry, fee router and the route contract for each bridge and DEX, per chain. */
export function readSocket(): ReturnType<ContractCollector['sorted']> {
  const { addresses } = require('@socket.tech/ll-core/addresses') as { addresses: Record<string, Record<string, unknown>> };
  const { Bridge, Middleware } = require('@socket.tech/ll-core/constants/types') as Record<'Bridge' | 'Middleware', Record<string, string>>;
  const routes = new Set([...Object.values(Bridge), ...Object.values(Middleware)]);
  const out = new ContractCollector();
  for (const [chainId, contracts] of Object.entries(addresses)) {
    for (const [key, address] of Object.entries(contracts)) out.add(chainId, address, 'bungee', routes.has(key) ? `Socket ${key} route` : `Socket ${camelWords(key)}`);
  }
  return out.sorted();
}
