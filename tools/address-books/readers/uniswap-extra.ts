import { createRequire } from 'node:module';
import path from 'node:path';
import { bundledCatalog } from '../../../lib/catalog/bundled-catalog';
import { packageJsonPath } from './installed-package';
import { ContractCollector } from './contract-collector';
import { addPerChain, constantWords } from './per-chain';

const require = createRequire(import.meta.url);

/** Uniswap's Universal Router SDK: every Universal Router version per chain. */
export function readUniversalRouter(): ReturnType<ContractCollector['sorted']> {
  // The per-version table lives in the package's constants module; its entry exports only the latest address.
  const file = path.join(path.dirname(packageJsonPath('@uniswap/universal-router-sdk')), 'dist', 'cjs', 'src', 'utils', 'constants.js');
  const { CHAIN_CONFIGS } = require(file) as { CHAIN_CONFIGS: Record<string, { routerConfigs: Record<string, { address: string }> }> };
  const out = new ContractCollector();
  for (const [chainId, config] of Object.entries(CHAIN_CONFIGS)) {
    for (const [version, { address }] of Object.entries(config.routerConfigs)) out.add(chainId, address, 'uniswap', `Universal Router ${version.replaceAll('_', '.')}`);
  }
  return out.sorted();
}

/** UniswapX's SDK: its order reactors, quoters and resolvers per chain (Permit2 itself comes from the core SDK). */
export function readUniswapX(): ReturnType<ContractCollector['sorted']> {
  const sdk = require('@uniswap/uniswapx-sdk') as Record<string, unknown>;
  const out = new ContractCollector();
  for (const [chainId, reactors] of Object.entries(sdk.REACTOR_ADDRESS_MAPPING as Record<string, Record<string, string>>)) {
    for (const [type, address] of Object.entries(reactors)) out.add(chainId, address, 'uniswap', `UniswapX ${type.replace('_', ' ')} reactor`);
  }
  for (const name of ['UNISWAPX_ORDER_QUOTER_MAPPING', 'UNISWAPX_V4_ORDER_QUOTER_MAPPING', 'UNISWAPX_V4_TOKEN_TRANSFER_HOOK_MAPPING', 'EXCLUSIVE_FILLER_VALIDATION_MAPPING', 'HYBRID_RESOLVER_ADDRESS_MAPPING']) {
    addPerChain(out, sdk[name], 'uniswap', `UniswapX ${constantWords(name.replace(/^UNISWAPX_/, ''))}`);
  }
  return out.sorted();
}

/**
 * Uniswap's Permit2 SDK: Permit2, which the SDK places at one deterministic address on every chain
 * but zkSync. Asked only for the chains the catalog's Uniswap entry declares.
 */
export function readPermit2(): ReturnType<ContractCollector['sorted']> {
  const { permit2Address } = require('@uniswap/permit2-sdk') as { permit2Address: (chainId: number) => string };
  const out = new ContractCollector();
  for (const chainId of bundledCatalog().dapps.find((d) => d.id === 'uniswap')?.chains ?? []) out.add(chainId, permit2Address(chainId), 'uniswap', 'Permit2');
  return out.sorted();
}
