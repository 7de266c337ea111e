import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';
import { addPerChain, constantWords } from './per-chain';

const require = createRequire(import.meta.url);

// Staging deployments are CoW's own test environment; the "barn" ETH flow is its staging flow too.
const STAGING = /STAGING|^BARN_/;

/** CoW's SDK config: settlement, vault relayer, ETH flow, composable CoW and fallback handler per chain. */
export function readCowSdk(): ReturnType<ContractCollector['sorted']> {
  const sdk = require('@cowprotocol/sdk-config') as Record<string, unknown>;
  const out = new ContractCollector();
  for (const [name, value] of Object.entries(sdk)) {
    if (!/_ADDRESS(ES)?$/.test(name) || STAGING.test(name) || typeof value !== 'object') continue;
    addPerChain(out, value, 'cow-swap', constantWords(name.replace(/^COW_PROTOCOL_|_CONTRACT/g, '')));
  }
  return out.sorted();
}
