import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageJsonPath } from './installed-package';
import { ContractCollector } from './contract-collector';
import { camelWords } from './per-chain';

// The deployer is a wallet; `network` holds the chain's parameters and other projects' contracts
// (wrapped native token, LayerZero endpoint) beside Pendle's multisigs.
const SKIP = new Set(['deployer', 'network', 'commonDeploy']);

/** Pendle's deployment files: router and its facets, market and yield factories, vePENDLE, oracles and helpers per chain. */
export function readPendle(): ReturnType<ContractCollector['sorted']> {
  const dir = path.join(path.dirname(packageJsonPath('@pendle/core-v2')), 'deployments');
  const out = new ContractCollector();
  for (const file of readdirSync(dir).filter((f) => /^\d+-core\.json$/.test(f))) {
    const chainId = Number(file.split('-')[0]);
    const visit = (value: unknown, keys: string[]) => {
      if (typeof value === 'string') out.add(chainId, value, 'pendle', keys.map(camelWords).join(' '));
      else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) visit(v, [...keys, k]);
    };
    const deployment = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(deployment)) if (!SKIP.has(key)) visit(value, [key]);
  }
  return out.sorted();
}
