import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';
import { camelWords } from './per-chain';

const require = createRequire(import.meta.url);

/** ENS's library: registry, registrar controller, name wrapper, resolvers and reverse registrar on each chain it supports. */
export function readEns(): ReturnType<ContractCollector['sorted']> {
  const { addresses } = require('@ensdomains/ensjs/contracts') as { addresses: Record<string, Record<string, { address: string }>> };
  const out = new ContractCollector();
  for (const [chainId, contracts] of Object.entries(addresses)) {
    for (const [name, { address }] of Object.entries(contracts)) out.add(chainId, address, 'ens', camelWords(name.replace(/^ens/, '')).replace(/ implementation$/, ''));
  }
  return out.sorted();
}
