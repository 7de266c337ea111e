import type { ContractCollector } from './contract-collector';

/** Adds a `{ [chainId]: address }` constant, the shape most SDKs publish deployments in. */
export function addPerChain(out: ContractCollector, byChain: unknown, dappId: string, label: string): void {
  if (typeof byChain !== 'object' || byChain === null) return;
  for (const [chainId, address] of Object.entries(byChain)) out.add(chainId, address, dappId, label);
}

const WORDS: Record<string, string> = { infi: 'Infinity' };

/** A constant's name as words: "INFI_CL_POOL_MANAGER_ADDRESSES" → "infi CL pool manager", "lbRouterV21" → "lb router V21". */
export function constantWords(name: string): string {
  return name
    .replace(/_?ADDRESS(ES)?(_MAP|_MAPPING)?$|_MAPPING$|Address(es)?$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[_\s]+/)
    .filter(Boolean)
    .map((w) => WORDS[w.toLowerCase()] ?? (/^(V\d+|CL|LB|NFT|ETH|OFT|CCTP|GM|GLV|GLP|L1|L2|ZK)$/i.test(w) ? w.toUpperCase() : w.toLowerCase()))
    .join(' ');
}

const ACRONYMS = new Set(['cfa', 'ida', 'gda', 'nft', 'lp', 'eth', 'ens', 'dvn', 'oft', 'usdc', 'cctp', 'amm', 'glp', 'gm', 'glv', 'l1', 'l2', 'zrx', 'ens', 'lb', 'sy', 'pt', 'yt', 'lp', 'crv', 'llamma']);

/** A camel-case key as words: "cfaV1Forwarder" → "CFA V1 forwarder", "existentialNFTCloneFactory" → "existential NFT clone factory". */
export function camelWords(key: string): string {
  return key
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((w) => (ACRONYMS.has(w.toLowerCase()) ? w.toUpperCase() : /^[A-Z0-9]{2,}$/.test(w) || /^V\d/.test(w) ? w : w.toLowerCase()))
    .join(' ');
}
