import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';
import { camelWords } from './per-chain';

const require = createRequire(import.meta.url);

interface Network { chainId: number; isTestnet: boolean; contractsV1: Record<string, unknown> }

/** Superfluid's network metadata: host, agreements, forwarders, factories and automation contracts per chain. */
export function readSuperfluid(): ReturnType<ContractCollector['sorted']> {
  const { networks } = require('@superfluid-finance/metadata') as { networks: Network[] };
  const out = new ContractCollector();
  for (const n of networks.filter((x) => !x.isTestnet)) {
    const visit = (value: unknown, keys: string[]) => {
      if (typeof value === 'string') out.add(n.chainId, value, 'superfluid', keys.map(camelWords).join(' '));
      else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) visit(v, [...keys, k]);
    };
    visit(n.contractsV1, []);
  }
  return out.sorted();
}
