import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

// Entries that name other projects' contracts: wrapped native tokens, Uniswap's pool, Multicall,
// Arbitrum's node interface, LayerZero's endpoint, Gelato's relay and OpenOcean's router.
const NOT_GMX = /^(NATIVE_TOKEN|UniswapGmxEthPool|Multicall|ArbitrumNodeInterface|LayerZeroEndpoint|GelatoRelayAddress|OpenOceanRouter)$/;
const word = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replaceAll('_', ' ');

interface Token { address: string; symbol: string }

/** GMX's SDK: v1 and v2 routers, vaults, staking and readers, and every GM market token, per chain. */
export function readGmx(): ReturnType<ContractCollector['sorted']> {
  const { CONTRACTS } = require('@gmx-io/sdk/configs/contracts') as { CONTRACTS: Record<string, Record<string, string>> };
  const { MARKETS } = require('@gmx-io/sdk/configs/markets') as { MARKETS: Record<string, Record<string, { indexTokenAddress: string; longTokenAddress: string; shortTokenAddress: string }>> };
  const { getTokensMap } = require('@gmx-io/sdk/configs/tokens') as { getTokensMap: (chainId: number) => Record<string, Token> };
  const out = new ContractCollector();
  for (const [chainId, contracts] of Object.entries(CONTRACTS)) {
    for (const [name, address] of Object.entries(contracts)) if (!NOT_GMX.test(name)) out.add(chainId, address, 'gmx', word(name));
  }
  for (const [chainId, markets] of Object.entries(MARKETS)) {
    const tokens = getTokensMap(Number(chainId));
    const symbol = (a: string) => tokens[a]?.symbol ?? '?';
    for (const [address, m] of Object.entries(markets)) {
      out.add(chainId, address, 'gmx', `GM market ${symbol(m.indexTokenAddress)}/USD [${symbol(m.longTokenAddress)}-${symbol(m.shortTokenAddress)}]`);
    }
  }
  return out.sorted();
}
