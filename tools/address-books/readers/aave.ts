import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

// Addresses in the address book that are not Aave's own contracts: the reserves' underlying
// tokens (also listed per e-mode) and the price feeds, rate providers and other protocols'
// contracts (Maker's Pot) that markets read.
const NOT_AAVE = new Set(['UNDERLYING', 'ORACLE', 'E_MODES']);
const NOT_AAVE_KEY = /AGGREGATOR|RATE_PROVIDER|_POT$|^STEUR$/;
const MODULE = /^(AaveV[123]|AaveSafetyModule|AaveGovernanceV2|GovernanceV3|Gho|Misc|Umbrella)/;

/** Aave's address book: every market's pool, gateways, aTokens and debt tokens, governance and GHO, per chain. */
export function readAave(): ReturnType<ContractCollector['sorted']> {
  const book = require('@bgd-labs/aave-address-book') as Record<string, unknown>;
  const out = new ContractCollector();
  for (const [module, value] of Object.entries(book)) {
    if (!MODULE.test(module) || typeof value !== 'object' || value === null) continue;
    const chainId = (value as { CHAIN_ID?: unknown }).CHAIN_ID;
    if (typeof chainId !== 'number') continue;
    walk(value, [], (path, address) => out.add(chainId, address, 'aave', label(module, path)));
  }
  return out.sorted();
}

function walk(value: unknown, path: string[], visit: (path: string[], address: string) => void): void {
  const key = path.at(-1) ?? '';
  if (NOT_AAVE.has(key) || NOT_AAVE_KEY.test(key)) return;
  if (typeof value === 'string') {
    if (/^0x[0-9a-fA-F]{40}$/.test(value)) visit(path, value);
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, child] of Object.entries(value)) walk(child, [...path, k], visit);
  }
}

const TOKEN_WORDS: Record<string, string> = { A_TOKEN: 'aToken', V_TOKEN: 'variable debt token', S_TOKEN: 'stable debt token', STATA_TOKEN: 'static aToken', STATIC_A_TOKEN: 'static aToken' };

const words = (key: string) => key.toLowerCase().replaceAll('_', ' ');

/** "AaveV3Base POOL" reads as "V3 Base pool"; a reserve's token as "V3 Base aToken USDC". */
function label(module: string, path: string[]): string {
  const market = module.replace(/^Aave/, '').replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  if (path[0] === 'ASSETS' && path.length === 3) return `${market} ${TOKEN_WORDS[path[2]!] ?? words(path[2]!)} ${path[1]}`;
  return `${market} ${path.map(words).join(' ')}`;
}
