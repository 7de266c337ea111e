import { ContractCollector } from './contract-collector';

type Contracts = Record<'exchange' | 'negRiskAdapter' | 'negRiskExchange' | 'collateral' | 'conditionalTokens', string>;

/**
 * Polymarket's CLOB client config on Polygon: the CTF exchange, the neg-risk exchange and adapter,
 * and the conditional tokens its shares are. The collateral is USDC, not Polymarket's, so it is left out.
 */
export async function readPolymarket(): Promise<ReturnType<ContractCollector['sorted']>> {
  const { getContractConfig } = (await import('@polymarket/clob-client/dist/config.js')) as { getContractConfig: (chainId: number) => Contracts };
  const c = getContractConfig(137);
  const out = new ContractCollector();
  out.add(137, c.exchange, 'polymarket', 'CTF exchange');
  out.add(137, c.negRiskExchange, 'polymarket', 'neg-risk CTF exchange');
  out.add(137, c.negRiskAdapter, 'polymarket', 'neg-risk adapter');
  out.add(137, c.conditionalTokens, 'polymarket', 'conditional tokens (outcome shares)');
  return out.sorted();
}
