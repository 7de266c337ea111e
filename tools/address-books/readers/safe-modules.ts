import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageJsonPath } from './installed-package';
import { ContractCollector } from './contract-collector';

interface ModuleDeployment { contractName: string; version: string; networkAddresses: Record<string, string | string[]> }

/** Safe's module deployments: allowance, ERC-4337, passkey and recovery modules, every version on every chain listed. */
export function readSafeModules(): ReturnType<ContractCollector['sorted']> {
  const assets = path.join(path.dirname(packageJsonPath('@safe-global/safe-modules-deployments')), 'dist', 'assets');
  const out = new ContractCollector();
  for (const module of readdirSync(assets)) {
    for (const version of readdirSync(path.join(assets, module))) {
      for (const file of readdirSync(path.join(assets, module, version)).filter((f) => f.endsWith('.json'))) {
        const d = JSON.parse(readFileSync(path.join(assets, module, version, file), 'utf8')) as ModuleDeployment;
        for (const [chainId, addresses] of Object.entries(d.networkAddresses)) {
          for (const address of [addresses].flat()) out.add(chainId, address, 'safe', `${d.contractName} ${d.version}`);
        }
      }
    }
  }
  return out.sorted();
}
