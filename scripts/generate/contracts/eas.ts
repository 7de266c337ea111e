import path from 'node:path';
import { packageJsonPath } from '../package-source';
import { ContractCollector } from './contract-collector';
import { addHardhatDeployments } from './hardhat-deployments';

/** EAS's deployments: the attestation service, schema registry, EIP-712 proxy and indexer on each chain. */
export function readEas(): ReturnType<ContractCollector['sorted']> {
  const out = new ContractCollector();
  addHardhatDeployments(out, path.join(path.dirname(packageJsonPath('@ethereum-attestation-service/eas-contracts')), 'deployments'), 'eas', (name) => name);
  return out.sorted();
}
