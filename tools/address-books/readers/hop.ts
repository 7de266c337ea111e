import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';
import { camelWords } from './per-chain';

const require = createRequire(import.meta.url);

// Hop's own contracts in its bridge table; the rest are the tokens it moves and the chains' or
// Circle's bridges it calls.
const HOP_KEYS = new Set(['l1Bridge', 'l2Bridge', 'l2AmmWrapper', 'l2SaddleSwap', 'l2SaddleLpToken', 'l2HopBridgeToken', 'l1MessengerWrapper', 'l1FxBaseRootTunnel', 'l2MessengerProxy', 'cctpL1Bridge', 'cctpL2Bridge']);
const CHAINS: Record<string, number> = { ethereum: 1, optimism: 10, arbitrum: 42161, gnosis: 100, polygon: 137, base: 8453, linea: 59144, polygonzk: 1101, nova: 42170 };

/** Hop's address table: each token's bridges, AMM wrappers, Saddle pools and hTokens on every chain. */
export function readHop(): ReturnType<ContractCollector['sorted']> {
  const { mainnet } = require('@hop-protocol/core/addresses') as { mainnet: { bridges: Record<string, Record<string, Record<string, unknown>>> } };
  const out = new ContractCollector();
  for (const [token, chains] of Object.entries(mainnet.bridges)) {
    for (const [chain, entries] of Object.entries(chains)) {
      const chainId = CHAINS[chain];
      if (!chainId) continue;
      for (const [key, address] of Object.entries(entries)) if (HOP_KEYS.has(key)) out.add(chainId, address, 'hop', `${token} ${camelWords(key)}`);
    }
  }
  return out.sorted();
}
