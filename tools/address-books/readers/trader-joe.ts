import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';
import { addPerChain, constantWords } from './per-chain';

const require = createRequire(import.meta.url);

/** LFJ's (Trader Joe's) Liquidity Book SDK: factories, routers, quoters, lens and rewarders, per version and chain. */
export function readTraderJoe(): ReturnType<ContractCollector['sorted']> {
  const sdk = require('@traderjoe-xyz/sdk-v2') as Record<string, unknown>;
  const out = new ContractCollector();
  for (const [name, value] of Object.entries(sdk)) if (/_ADDRESS$/.test(name)) addPerChain(out, value, 'trader-joe', constantWords(name));
  return out.sorted();
}
