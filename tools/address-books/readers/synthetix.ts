import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageJsonPath } from './installed-package';
import { ContractCollector } from './contract-collector';
import { camelWords } from './per-chain';

// The package's deployment folders for the mainnets: Ethereum and Optimism ("ovm").
const NETWORKS = { mainnet: 1, 'mainnet-ovm': 10 } as const;
// Linked libraries, not contracts anyone calls.
const LIBRARY = /^(SafeDecimalMath|SignedSafeDecimalMath|Math)$|Lib$/;

/** A target as a label: "ProxysUSD" → "sUSD token", "ProxySynthetix"/"ProxyERC20" → "SNX token", "PerpsV2MarketETHPERP" → "perps V2 market ETHPERP". */
function label(name: string): string {
  const synth = /^Proxy(?:ERC20)?(s[A-Z0-9]+)$/.exec(name);
  if (synth) return `${synth[1]} token`;
  if (name === 'ProxySynthetix' || name === 'ProxyERC20') return 'SNX token';
  return camelWords(name);
}

/**
 * Synthetix's published deployments (`publish/deployed/<network>/deployment.json`): the SNX and
 * synth token proxies, their synth contracts, the exchanger, fee pool, staking rewards, and every
 * futures and perps V2 market — on Ethereum and Optimism.
 */
export function readSynthetix(): ReturnType<ContractCollector['sorted']> {
  const dir = path.join(path.dirname(packageJsonPath('synthetix')), 'publish', 'deployed');
  const out = new ContractCollector();
  for (const [network, chainId] of Object.entries(NETWORKS)) {
    const { targets } = JSON.parse(readFileSync(path.join(dir, network, 'deployment.json'), 'utf8')) as { targets: Record<string, { address?: string }> };
    for (const [name, target] of Object.entries(targets)) if (!LIBRARY.test(name)) out.add(chainId, target.address, 'synthetix', label(name));
  }
  return out.sorted();
}
