import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContractCollector } from './contract-collector';
import { packageJsonPath } from './installed-package';

interface SafeDeployment {
  contractName: string;
  version: string;
  deployments: Record<string, { address: string }>;
  networkAddresses: Record<string, string | string[]>;
}

/**
 * Safe's deployments: every version's singletons, proxy factories, MultiSend, handlers and
 * libraries, on the chains the package lists for each (canonical, eip155 or zkSync addresses).
 */
export function readSafe(): ReturnType<ContractCollector['sorted']> {
  const assets = path.join(path.dirname(packageJsonPath('@safe-global/safe-deployments')), 'src', 'assets');
  const out = new ContractCollector();
  for (const version of readdirSync(assets)) {
    for (const file of readdirSync(path.join(assets, version)).filter((f) => f.endsWith('.json'))) {
      const d = JSON.parse(readFileSync(path.join(assets, version, file), 'utf8')) as SafeDeployment;
      for (const [chainId, types] of Object.entries(d.networkAddresses)) {
        for (const type of Array.isArray(types) ? types : [types]) {
          out.add(chainId, d.deployments[type]?.address, 'safe', `${d.contractName} ${d.version}`);
        }
      }
    }
  }
  return out.sorted();
}
