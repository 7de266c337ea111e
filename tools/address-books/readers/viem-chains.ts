import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';
import { APP } from './installed-package';

// The app's viem, whose version the generated file records, not a copy an address book pulled in.
const chains = createRequire(APP)('viem/chains') as Record<string, unknown>;

// Which catalog bridge owns an OP Stack chain's bridge contracts (the Optimism bridge app also
// serves Zora and Mode); chains without one in the catalog are left out rather than guessed.
const BRIDGE_BY_CHAIN: Record<number, string> = { 10: 'optimism-bridge', 7777777: 'optimism-bridge', 34443: 'optimism-bridge', 8453: 'base-bridge', 81457: 'blast-bridge' };
const BRIDGE_CONTRACTS = new Set(['l2CrossDomainMessenger', 'l2Erc721Bridge', 'l2StandardBridge', 'l2ToL1MessagePasser', 'disputeGameFactory', 'l2OutputOracle', 'portal', 'l1StandardBridge', 'l1Erc721Bridge', 'l1CrossDomainMessenger']);

/** viem's chain definitions: each OP Stack chain's bridge contracts, on the L2 and on its L1. */
export function readViemChains(): ReturnType<ContractCollector['sorted']> {
  const out = new ContractCollector();
  for (const chain of Object.values(chains) as { id: number; testnet?: boolean; contracts?: Record<string, unknown> }[]) {
    const dappId = BRIDGE_BY_CHAIN[chain.id];
    if (!dappId || chain.testnet || !chain.contracts) continue;
    for (const [name, entry] of Object.entries(chain.contracts)) {
      if (!BRIDGE_CONTRACTS.has(name) || typeof entry !== 'object' || entry === null) continue;
      const label = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
      if ('address' in entry) out.add(chain.id, (entry as { address: unknown }).address, dappId, label);
      // Contracts on the settlement layer are keyed by that chain's id.
      else for (const [l1, e] of Object.entries(entry as Record<string, { address?: unknown }>)) out.add(l1, e?.address, dappId, label);
    }
  }
  return out.sorted();
}
