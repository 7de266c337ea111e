import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageJsonPath } from './installed-package';
import { ContractCollector } from './contract-collector';
import { camelWords } from './per-chain';

/**
 * Across's deployed addresses (`dist/broadcast/deployed-addresses.json`, per chain): the SpokePool
 * on each chain, the HubPool, adapters, config store, merkle distributor and periphery.
 */
export function readAcross(): ReturnType<ContractCollector['sorted']> {
  const file = path.join(path.dirname(packageJsonPath('@across-protocol/contracts')), 'dist', 'broadcast', 'deployed-addresses.json');
  const { chains } = JSON.parse(readFileSync(file, 'utf8')) as { chains: Record<string, { contracts: Record<string, { address?: string }> }> };
  const out = new ContractCollector();
  for (const [chainId, { contracts }] of Object.entries(chains)) {
    for (const [name, { address }] of Object.entries(contracts)) out.add(chainId, address, 'across', camelWords(name.replace(/_/g, ' ')));
  }
  return out.sorted();
}
