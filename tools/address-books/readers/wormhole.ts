import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

type Lookup = ((network: 'Mainnet', chain: string) => string | undefined) & { get?: unknown };
interface Base {
  chains: readonly string[];
  chainToPlatform: (chain: string) => string;
  nativeChainIds: { networkChainToNativeChainId: { get: (network: 'Mainnet', chain: string) => bigint | string | number | undefined } };
  contracts: Record<string, unknown>;
}

// Portal's contracts: the token and NFT bridges with their relayer, and the core bridge they all send through.
const PORTAL: Record<string, string> = { tokenBridge: 'Token Bridge', nftBridge: 'NFT Bridge', tokenBridgeRelayer: 'Token Bridge relayer', coreBridge: 'Wormhole Core', relayer: 'Wormhole relayer', executorTokenBridge: 'Token Bridge executor' };

/** Wormhole's SDK constants: Portal's token and NFT bridges and Wormhole's core contract on every EVM chain. */
export function readWormhole(): ReturnType<ContractCollector['sorted']> {
  const sdk = require('@wormhole-foundation/sdk-base') as Base;
  const out = new ContractCollector();
  for (const chain of sdk.chains.filter((c) => sdk.chainToPlatform(c) === 'Evm')) {
    const chainId = sdk.nativeChainIds.networkChainToNativeChainId.get('Mainnet', chain);
    if (chainId === undefined) continue;
    for (const [key, label] of Object.entries(PORTAL)) {
      const lookup = sdk.contracts[key] as Lookup | undefined;
      const address = typeof lookup === 'function' ? safeLookup(lookup, chain) : undefined;
      out.add(Number(chainId), address, 'wormhole-portal', label);
    }
  }
  return out.sorted();
}

// The SDK's lookups throw for a chain a contract was never deployed on.
function safeLookup(lookup: Lookup, chain: string): string | undefined {
  const has = (lookup as { has?: (n: string, c: string) => boolean }).has;
  if (has && !has('Mainnet', chain)) return undefined;
  return lookup('Mainnet', chain);
}
