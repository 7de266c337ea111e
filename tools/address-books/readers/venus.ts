import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageJsonPath } from './installed-package';
import { ContractCollector } from './contract-collector';
import { camelWords } from './per-chain';

// Venus's address files also name the underlying assets it lists (USDT, WBNB…: other projects'
// tokens, all-caps symbols) and a PancakeSwap factory; its own tokens are XVS, VAI and VRT.
const NOT_VENUS = (key: string) => (/^[A-Z0-9]+$/.test(key) && !/^(XVS|VAI|VRT)$/.test(key)) || key === 'pancakeFactory';
// Interest-rate models and their checkpoints, implementations behind proxies and beacons: nobody calls them.
const NOT_CALLED = /^(JumpRateModel|WhitePaper|WhitepaperInterestRateModel|TwoKinks|CheckpointView|SetCheckpoint)|_Implementation$|_Proxy$|Impl$|Beacon$/;

/** A key as a label: "VToken_vUSDC_Core" → "vUSDC (Core pool)", "Comptroller_Liquid Staked ETH" → "comptroller (Liquid Staked ETH pool)". */
function label(key: string): string {
  const market = /^VToken_(v[^_]+)_(.+)$/.exec(key);
  if (market) return `${market[1]} market (${market[2]} pool)`;
  if (/^v[A-Z0-9]/.test(key)) return `${key} market`;
  const gateway = /^NativeTokenGateway_(v[^_]+)_(.+)$/.exec(key);
  if (gateway) return `native token gateway for ${gateway[1]} (${gateway[2]} pool)`;
  const pooled = /^(Comptroller|RewardsDistributor|SwapRouter)_(.+)$/.exec(key);
  if (pooled) return `${camelWords(pooled[1]!.replace(/_/g, ' '))} (${pooled[2]!.replace(/_/g, ' ')} pool)`;
  return /^(XVS|VAI|VRT)$/.test(key) ? `${key} token` : camelWords(key.replace(/_/g, ' '));
}

/**
 * A Venus package's `deployments/<network>_addresses.json` files (name, chainId, addresses): its
 * markets (vTokens), comptrollers, lenses, routers, vaults, Prime and XVS on every mainnet it names.
 */
function readVenusPackage(pkg: string): ReturnType<ContractCollector['sorted']> {
  const dir = path.join(path.dirname(packageJsonPath(pkg)), 'deployments');
  const out = new ContractCollector();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('_addresses.json'))) {
    const { chainId, addresses } = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { chainId: number | string; addresses: Record<string, unknown> };
    for (const [key, address] of Object.entries(addresses)) if (!NOT_VENUS(key) && !NOT_CALLED.test(key)) out.add(chainId, address, 'venus', label(key));
  }
  return out.sorted();
}

export const readVenusCore = (): ReturnType<ContractCollector['sorted']> => readVenusPackage('@venusprotocol/venus-protocol');
export const readVenusIsolatedPools = (): ReturnType<ContractCollector['sorted']> => readVenusPackage('@venusprotocol/isolated-pools');
