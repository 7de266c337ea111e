import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

/** CoW Protocol's deployments (networks.json): the settlement contract and vault relayer per chain. */
export function readCow(): ReturnType<ContractCollector['sorted']> {
  const networks = require('@cowprotocol/contracts/networks.json') as Record<string, Record<string, { address: string }>>;
  const out = new ContractCollector();
  for (const [name, byChain] of Object.entries(networks)) {
    // The allow-list's implementation is behind its proxy; users only ever meet the proxy.
    if (name.endsWith('_Implementation')) continue;
    for (const [chainId, { address }] of Object.entries(byChain)) out.add(chainId, address, 'cow-swap', name.replace(/^GPv2/, '').replace(/_Proxy$/, ''));
  }
  return out.sorted();
}
