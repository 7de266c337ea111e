import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';
import { camelWords } from './per-chain';

const require = createRequire(import.meta.url);

// The exchange proxy, its flash wallet and sandbox, and the transformers it swaps through; ZRX, its
// staking and governance are the 0x project's, not what Matcha's users trade with.
const EXCHANGE = /^exchangeProxy(?!Governor)|Transformer$/;

/** 0x's contract addresses per chain (exchange proxy, its features and transformers, ZRX): the contracts Matcha trades through. */
export function readZeroEx(): ReturnType<ContractCollector['sorted']> {
  const sdk = require('@0x/contract-addresses') as { ChainId: Record<string, number | string>; getContractAddressesForChainOrThrow: (id: number) => Record<string, unknown> };
  const out = new ContractCollector();
  for (const chainId of Object.values(sdk.ChainId).filter((v): v is number => typeof v === 'number')) {
    for (const [name, address] of Object.entries(sdk.getContractAddressesForChainOrThrow(chainId))) {
      if (EXCHANGE.test(name)) out.add(chainId, address, 'matcha', `0x ${camelWords(name)}`);
    }
  }
  return out.sorted();
}
