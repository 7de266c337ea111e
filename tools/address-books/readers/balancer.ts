import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { packageJsonPath } from './installed-package';
import { ContractCollector } from './contract-collector';
import { addPerChain } from './per-chain';

const require = createRequire(import.meta.url);

/** Balancer's SDK: the v2 and v3 vaults, routers, hooks and pool factories per chain. */
export function readBalancerSdk(): ReturnType<ContractCollector['sorted']> {
  const sdk = require('@balancer/sdk') as Record<'balancerV2Contracts' | 'balancerV3Contracts', Record<string, Record<string, string>>>;
  const out = new ContractCollector();
  for (const [version, contracts] of [['V3', sdk.balancerV3Contracts], ['V2', sdk.balancerV2Contracts]] as const) {
    for (const [name, byChain] of Object.entries(contracts)) addPerChain(out, byChain, 'balancer', `${version} ${name}`);
  }
  return out.sorted();
}

// The deployments package names networks; these are the ones it covers.
const NETWORKS: Record<string, number> = { mainnet: 1, polygon: 137, arbitrum: 42161, optimism: 10, gnosis: 100, bsc: 56 };

/** Balancer v2's deployment tasks: every contract each task deployed on each network (vault, factories, relayers, gauges…). */
export function readBalancerDeployments(): ReturnType<ContractCollector['sorted']> {
  const dir = path.join(path.dirname(packageJsonPath('@balancer-labs/v2-deployments')), 'dist', 'addresses');
  const out = new ContractCollector();
  for (const file of readdirSync(dir)) {
    const chainId = NETWORKS[file.replace(/\.json$/, '')];
    if (!chainId) continue;
    const entries = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, { name: string }>;
    for (const [address, { name }] of Object.entries(entries)) out.add(chainId, address, 'balancer', `V2 ${name}`);
  }
  return out.sorted();
}
