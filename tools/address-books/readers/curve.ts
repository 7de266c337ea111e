import { ContractCollector } from './contract-collector';
import { camelWords } from './per-chain';

interface PoolData { name?: string; full_name?: string; [key: string]: unknown }
interface NetworkConstants { ALIASES?: Record<string, string>; POOLS_DATA?: Record<string, PoolData>; LLAMMAS_DATA?: Record<string, PoolData> }

const ROLE: Record<string, string> = { swap_address: 'pool', token_address: 'LP token', gauge_address: 'gauge', deposit_address: 'deposit zap', sCurveRewards_address: 'rewards' };
// Aliases that are not Curve's own contracts: Eywa's bridge factory.
const NOT_CURVE = new Set(['eywa_factory']);

/**
 * Curve's JS library constants: each chain's router, factories, gauge controller, veCRV, CRV and
 * fee distributors, and every pool it lists with its LP token, gauge and deposit zap, plus the
 * crvUSD LLAMMA markets. The library is ESM with import cycles: its entry has to load first.
 */
export async function readCurve(): Promise<ReturnType<ContractCollector['sorted']>> {
  await import('@curvefi/api');
  const { NETWORK_CONSTANTS } = (await import('@curvefi/api/lib/constants/network_constants.js')) as { NETWORK_CONSTANTS: Record<string, NetworkConstants> };
  const out = new ContractCollector();
  for (const [chainId, network] of Object.entries(NETWORK_CONSTANTS)) {
    for (const [key, address] of Object.entries(network.ALIASES ?? {})) {
      if (!NOT_CURVE.has(key)) out.add(chainId, address, 'curve', key === 'crv' ? 'CRV token' : camelWords(key.replace(/_/g, ' ')));
    }
    for (const [kind, pools] of [['', network.POOLS_DATA], ['crvUSD LLAMMA ', network.LLAMMAS_DATA]] as const) {
      for (const [id, pool] of Object.entries(pools ?? {})) {
        for (const [key, role] of Object.entries(ROLE)) {
          if (typeof pool[key] === 'string') out.add(chainId, pool[key], 'curve', `${kind}${pool.full_name ?? pool.name ?? id} ${role}`);
        }
      }
    }
  }
  return out.sorted();
}
