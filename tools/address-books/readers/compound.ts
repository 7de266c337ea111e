import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

// compound-js's network names for the mainnets it lists (its test networks are left out).
const NETWORKS: Record<string, number> = { mainnet: 1, matic: 137, arbitrum: 42161, base: 8453 };
// Compound's own contracts in its mainnet address map; the rest are the underlying assets (DAI, USDC…), other projects' tokens.
const OWN = /^(c[A-Z0-9]+|COMP|Comptroller|CompoundLens|GovernorBravo|Maximillion|PriceFeed|Reservoir)$/;
const LABEL: Record<string, string> = { COMP: 'COMP token', CompoundLens: 'Compound lens', GovernorBravo: 'Governor Bravo', PriceFeed: 'open price feed', Reservoir: 'COMP reservoir' };

/**
 * compound-js's address book: Compound v2's cTokens (each market's token), Comptroller, lens,
 * governor and COMP on Ethereum, and each Compound III (Comet) market on the chains it lists.
 */
export function readCompound(): ReturnType<ContractCollector['sorted']> {
  const { address, cometConstants } = require('@compound-finance/compound-js/dist/nodejs/constants') as {
    address: Record<string, Record<string, string>>;
    cometConstants: { address: Record<string, { Comet?: string }>; base: Record<string, string>; instanceNetworkMap: Record<string, string> };
  };
  const out = new ContractCollector();
  for (const [key, value] of Object.entries(address.mainnet ?? {})) {
    if (OWN.test(key)) out.add(1, value, 'compound', LABEL[key] ?? (key.startsWith('c') ? `${key} market (v2)` : key));
  }
  for (const [instance, { Comet }] of Object.entries(cometConstants.address)) {
    const chainId = NETWORKS[cometConstants.instanceNetworkMap[instance] ?? ''];
    if (chainId !== undefined) out.add(chainId, Comet, 'compound', `Compound III ${cometConstants.base[instance]} market (c${cometConstants.base[instance]}v3)`);
  }
  return out.sorted();
}
