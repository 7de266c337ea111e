import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';
import { addPerChain, constantWords } from './per-chain';

const require = createRequire(import.meta.url);

// SushiSwap's own deployments; the package also configures Uniswap's and PancakeSwap's, which come from those projects' packages.
const SUSHI = /^(SUSHISWAP_V[234]_(?!.*(INIT_CODE_HASH|OWNER|SUPPORTED|CHAIN_IDS))|MINICHEF_ADDRESS$|MASTERCHEF(_V2)?_ADDRESS$|RED_SNWAPPER_ADDRESS$|SUSHI_ADDRESS$)/;

/** The `sushi` package: SushiSwap v2, v3 and v4 factories, routers and position managers, MasterChef and MiniChef, RedSnwapper and SUSHI, per chain. */
export function readSushi(): ReturnType<ContractCollector['sorted']> {
  const sdk = require('sushi/evm') as Record<string, unknown>;
  const out = new ContractCollector();
  for (const [name, value] of Object.entries(sdk)) {
    if (SUSHI.test(name)) addPerChain(out, value, 'sushiswap', name === 'SUSHI_ADDRESS' ? 'SUSHI token' : constantWords(name.replace(/^SUSHISWAP_/, '')));
  }
  return out.sorted();
}
