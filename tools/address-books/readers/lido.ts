import { createRequire } from 'node:module';
import path from 'node:path';
import { packageJsonPath } from './installed-package';
import { ContractCollector } from './contract-collector';
import { addPerChain } from './per-chain';

const require = createRequire(import.meta.url);

const TOKEN_NAMES: Record<string, string> = { STETH: 'stETH', WSTETH: 'wstETH', LDO: 'LDO token', steth: 'stETH', wsteth: 'wstETH' };

/** Lido's SDK constants: stETH, wstETH, LDO and the withdrawal queue per chain. */
export function readLidoSdk(): ReturnType<ContractCollector['sorted']> {
  const sdk = require('@lido-sdk/constants') as { TOKENS_BY_NETWORK: Record<string, Record<string, string>>; WITHDRAWAL_QUEUE_BY_NETWORK: Record<string, string> };
  const out = new ContractCollector();
  for (const [chainId, tokens] of Object.entries(sdk.TOKENS_BY_NETWORK)) for (const [token, address] of Object.entries(tokens)) out.add(chainId, address, 'lido', TOKEN_NAMES[token] ?? token);
  addPerChain(out, sdk.WITHDRAWAL_QUEUE_BY_NETWORK, 'lido', 'withdrawal queue (unstETH)');
  return out.sorted();
}

/** Lido's Ethereum SDK: the locator, referral staker, vault viewer and dual governance, and stETH and wstETH on L2s. */
export function readLidoEthereumSdk(): ReturnType<ContractCollector['sorted']> {
  // The package's entry loads IPFS helpers that no longer resolve; its constants module stands alone.
  const file = path.join(path.dirname(packageJsonPath('@lidofinance/lido-ethereum-sdk')), 'dist', 'cjs', 'common', 'constants.js');
  const c = require(file) as Record<string, Record<string, unknown>>;
  const out = new ContractCollector();
  addPerChain(out, c.LIDO_LOCATOR_BY_CHAIN, 'lido', 'Lido locator');
  addPerChain(out, c.WSTETH_REFERRAL_STAKER, 'lido', 'wstETH referral staker');
  addPerChain(out, c.VAULT_VIEWER_CONTRACT_ADDRESSES, 'lido', 'vault viewer');
  for (const [chainId, contracts] of Object.entries(c.DUAL_GOVERNANCE_CONTRACT_ADDRESSES ?? {})) for (const [name, address] of Object.entries(contracts as object)) out.add(chainId, address, 'lido', `dual governance ${name}`);
  for (const [chainId, contracts] of Object.entries(c.LIDO_L2_CONTRACT_ADDRESSES ?? {})) for (const [name, address] of Object.entries(contracts as object)) out.add(chainId, address, 'lido', TOKEN_NAMES[name] ?? name);
  return out.sorted();
}
