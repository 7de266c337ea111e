import path from 'node:path';
import { packageJsonPath } from './installed-package';
import { ContractCollector } from './contract-collector';
import { addHardhatDeployments } from './hardhat-deployments';

const deployments = (pkg: string) => path.join(path.dirname(packageJsonPath(pkg)), 'deployments');
// Bookkeeping the deploy scripts kept beside the contracts.
const label = (version: string) => (name: string) => (/BlockNumber$/.test(name) ? null : `${name} (${version})`);

/** Stargate v1: routers, bridge, LP staking, the STG token and composer on each chain. */
export function readStargateV1(): ReturnType<ContractCollector['sorted']> {
  const out = new ContractCollector();
  addHardhatDeployments(out, deployments('@stargatefinance/stg-evm-v1'), 'stargate', label('v1'));
  return out.sorted();
}

/** Stargate v2: every pool and OFT, token and credit messaging, staking and rewards on each chain. */
export function readStargateV2(): ReturnType<ContractCollector['sorted']> {
  const out = new ContractCollector();
  addHardhatDeployments(out, deployments('@stargatefinance/stg-evm-v2'), 'stargate', label('v2'));
  return out.sorted();
}
