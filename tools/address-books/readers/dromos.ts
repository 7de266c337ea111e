import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageJsonPath } from './installed-package';
import { ContractCollector } from './contract-collector';
import { constantWords } from './per-chain';

interface ChainConfig { CHAIN: { id: number } }

/**
 * Velodrome's and Aerodrome's Sugar SDK: routers, voter, Slipstream factory and position manager,
 * quoters and Sugar helpers per chain. Aerodrome is the Base deployment; the other chains are Velodrome's.
 * Token lists in the same config (connectors, stables, wrapped native) are other projects' tokens.
 */
export async function readDromos(): Promise<ReturnType<ContractCollector['sorted']>> {
  // The package exports only its entry point; the deployments live in its config module.
  const file = path.join(path.dirname(packageJsonPath('@dromos-labs/sdk.js')), 'dist', 'config.js');
  const { baseConfig } = (await import(pathToFileURL(file).href)) as { baseConfig: { chains: ChainConfig[] } };
  const out = new ContractCollector();
  for (const chain of baseConfig.chains) {
    const dappId = chain.CHAIN.id === 8453 ? 'aerodrome' : 'velodrome';
    for (const [key, value] of Object.entries(chain)) {
      if (!key.endsWith('_ADDRESS') || key === 'WETH_ADDRESS') continue;
      out.add(chain.CHAIN.id, value, dappId, constantWords(key).replace(/^nfpm$/, 'Slipstream position manager'));
    }
  }
  return out.sorted();
}
