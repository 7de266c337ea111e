import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

// CHAIN_TO_ADDRESSES_MAP's keys, worded ("v3CoreFactoryAddress" → "V3 core factory").
const word = (key: string) =>
  key
    .replace(/Address$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/^v(\d)/, 'V$1')
    .toLowerCase()
    .replace(/^v(\d)/, 'V$1');

/** Uniswap's SDK: v2, v3 and v4 factories, routers, position managers and quoters per chain, and UNI. */
export function readUniswap(): ReturnType<ContractCollector['sorted']> {
  const sdk = require('@uniswap/sdk-core') as {
    CHAIN_TO_ADDRESSES_MAP: Record<string, Record<string, unknown>>;
    UNI_ADDRESSES: Record<string, string>;
    V2_FACTORY_ADDRESSES: Record<string, string>;
    V2_ROUTER_ADDRESSES: Record<string, string>;
  };
  const out = new ContractCollector();
  for (const [chainId, addresses] of Object.entries(sdk.CHAIN_TO_ADDRESSES_MAP)) {
    for (const [key, address] of Object.entries(addresses)) out.add(chainId, address, 'uniswap', word(key));
  }
  for (const [chainId, address] of Object.entries(sdk.V2_FACTORY_ADDRESSES)) out.add(chainId, address, 'uniswap', 'V2 factory');
  for (const [chainId, address] of Object.entries(sdk.V2_ROUTER_ADDRESSES)) out.add(chainId, address, 'uniswap', 'V2 router');
  for (const [chainId, address] of Object.entries(sdk.UNI_ADDRESSES)) out.add(chainId, address, 'uniswap', 'UNI token');
  return out.sorted();
}
