import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

interface ArbitrumNetwork {
  chainId: number;
  parentChainId: number;
  isTestnet: boolean;
  tokenBridge?: Record<string, string>;
  ethBridge: Record<string, unknown>;
}

// WETH and Multicall are other projects' contracts the SDK lists for convenience; proxy admins are upgrade keys.
const NOT_BRIDGE = /Weth$|MultiCall$|ProxyAdmin$/;
const word = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** Arbitrum's SDK: each Arbitrum chain's token gateways (parent and child side), inbox, outboxes, bridge and rollup, and its bridge precompiles. */
export function readArbitrum(): ReturnType<ContractCollector['sorted']> {
  const { getArbitrumNetworks } = require('@arbitrum/sdk/dist/lib/dataEntities/networks') as { getArbitrumNetworks: () => ArbitrumNetwork[] };
  const { ARB_SYS_ADDRESS, ARB_RETRYABLE_TX_ADDRESS } = require('@arbitrum/sdk/dist/lib/dataEntities/constants') as Record<string, string>;
  const out = new ContractCollector();
  for (const n of getArbitrumNetworks().filter((x) => !x.isTestnet)) {
    // Precompiles at the same address on every Arbitrum chain (the SDK's constants): ArbSys sends
    // withdrawals to the parent chain, ArbRetryableTx redeems deposits' retryable tickets.
    out.add(n.chainId, ARB_SYS_ADDRESS, 'arbitrum-bridge', 'ArbSys (withdrawals)');
    out.add(n.chainId, ARB_RETRYABLE_TX_ADDRESS, 'arbitrum-bridge', 'ArbRetryableTx (retryable tickets)');
    for (const [key, address] of Object.entries(n.tokenBridge ?? {})) {
      if (NOT_BRIDGE.test(key)) continue;
      out.add(key.startsWith('parent') ? n.parentChainId : n.chainId, address, 'arbitrum-bridge', word(key));
    }
    for (const [key, value] of Object.entries(n.ethBridge)) {
      if (typeof value === 'string') out.add(n.parentChainId, value, 'arbitrum-bridge', word(key));
      // Outboxes of the pre-Nitro chain are keyed by address.
      else if (key === 'classicOutboxes' && typeof value === 'object' && value !== null) for (const a of Object.keys(value)) out.add(n.parentChainId, a, 'arbitrum-bridge', 'classic outbox');
    }
  }
  return out.sorted();
}
