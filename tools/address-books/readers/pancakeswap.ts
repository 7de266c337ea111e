import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';
import { addPerChain, constantWords } from './per-chain';

const require = createRequire(import.meta.url);

type Module = Record<string, unknown>;

// Constants that hold other projects' addresses or helpers no one calls with a wallet.
const NOT_PANCAKE = /^(ADDRESS_ZERO|ADDRESS_THIS|MSG_SENDER|ZERO_ADDRESS|B20_ADDRESS_PREFIX)$/;

/** Every `…_ADDRESS(ES)` constant keyed by chain in one of PancakeSwap's SDK packages. */
function readConstants(pkg: string, prefix: string): ReturnType<ContractCollector['sorted']> {
  const sdk = require(pkg) as Module;
  const out = new ContractCollector();
  for (const [name, value] of Object.entries(sdk)) {
    if (!/ADDRESS(ES)?(_MAP)?$/.test(name) || NOT_PANCAKE.test(name)) continue;
    addPerChain(out, value, 'pancakeswap', `${prefix}${constantWords(name)}`.trim());
  }
  return out.sorted();
}

/** PancakeSwap v3: factory, pool deployer and position manager per chain. */
export const readPancakeV3 = () => readConstants('@pancakeswap/v3-sdk', 'V3 ');
/** PancakeSwap's smart router, v2 router, quoters and helpers per chain. */
export const readPancakeSmartRouter = () => readConstants('@pancakeswap/smart-router', '');
/** PancakeSwap Infinity (v4): vault, pool managers, position managers, quoters per chain. */
export const readPancakeInfinity = () => readConstants('@pancakeswap/infinity-sdk', '');
/** PancakeSwap v2: the factory per chain. */
export const readPancakeV2 = () => readConstants('@pancakeswap/v2-sdk', 'V2 ');

/** CAKE on every chain it is issued on. */
export function readPancakeTokens(): ReturnType<ContractCollector['sorted']> {
  const { CAKE } = require('@pancakeswap/tokens') as { CAKE: Record<string, { address: string }> };
  const out = new ContractCollector();
  for (const [chainId, token] of Object.entries(CAKE)) out.add(chainId, token.address, 'pancakeswap', 'CAKE token');
  return out.sorted();
}
