import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

interface Contract { address: string; chainId: number; name: string; protocol: string; version: string }

/** Sablier's SDK: every release of Lockup, Flow, Legacy and Airdrops contracts on every chain. */
export function readSablier(): ReturnType<ContractCollector['sorted']> {
  const { sablier } = require('sablier') as { sablier: { evm: { contracts: { getAll: () => Contract[] } } } };
  const out = new ContractCollector();
  for (const c of sablier.evm.contracts.getAll()) out.add(c.chainId, c.address, 'sablier', `${c.name} ${c.version}`);
  return out.sorted();
}
