import { createRequire } from 'node:module';
import { bundledCatalog } from '../../../lib/catalog/bundled-catalog';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

/**
 * seaport-js: Seaport 1.5 and 1.6, OpenSea's conduit and the domain registry. The package names
 * these cross-chain (one deterministic address everywhere), so each is placed on every chain the
 * catalog's OpenSea entry declares, and nowhere else.
 */
export function readSeaport(): ReturnType<ContractCollector['sorted']> {
  const c = require('@opensea/seaport-js/lib/constants') as Record<string, string>;
  const chains = bundledCatalog().dapps.find((d) => d.id === 'opensea')?.chains ?? [];
  const out = new ContractCollector();
  for (const chainId of chains) {
    out.add(chainId, c.CROSS_CHAIN_SEAPORT_V1_6_ADDRESS, 'opensea', 'Seaport 1.6');
    out.add(chainId, c.CROSS_CHAIN_SEAPORT_V1_5_ADDRESS, 'opensea', 'Seaport 1.5');
    out.add(chainId, c.OPENSEA_CONDUIT_ADDRESS, 'opensea', 'OpenSea conduit');
    out.add(chainId, c.DOMAIN_REGISTRY_ADDRESS, 'opensea', 'Seaport domain registry');
  }
  return out.sorted();
}
