import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';
import { addPerChain, camelWords } from './per-chain';

const require = createRequire(import.meta.url);

// Other projects' contracts the package lists for Zora's code to call, and Zora's development deployments.
const NOT_ZORA = /^(permit2|uniswap|universalRouter|weth|dev)/;

/** Zora's protocol deployments: 1155 creator factory, minters, sale strategies, coins, rewards and sparks per chain. */
export function readZora(): ReturnType<ContractCollector['sorted']> {
  const deployments = require('@zoralabs/protocol-deployments') as Record<string, unknown>;
  const out = new ContractCollector();
  for (const [name, byChain] of Object.entries(deployments)) {
    if (!name.endsWith('Address') || NOT_ZORA.test(name)) continue;
    addPerChain(out, byChain, 'zora', camelWords(name.replace(/Address$/, '')));
  }
  return out.sorted();
}
