import { createRequire } from 'node:module';
import { bundledCatalog } from '../../../lib/catalog/bundled-catalog';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

interface Sdk { getLimitOrderContract: (chainId: number) => string; getNativeOrderFactoryContract: (chainId: number) => string }

/**
 * 1inch's limit-order SDK: the Limit Order Protocol v4 and the native-order factory. The SDK answers
 * for any chain id (one address everywhere but zkSync and a few others), so it is asked only for the
 * chains the catalog's 1inch entry declares.
 */
export function readOneInch(): ReturnType<ContractCollector['sorted']> {
  const sdk = require('@1inch/limit-order-sdk') as Sdk;
  const chains = bundledCatalog().dapps.find((d) => d.id === '1inch')?.chains ?? [];
  const out = new ContractCollector();
  for (const chainId of chains) {
    out.add(chainId, sdk.getLimitOrderContract(chainId), '1inch', 'Limit Order Protocol v4');
    out.add(chainId, sdk.getNativeOrderFactoryContract(chainId), '1inch', 'native order factory');
  }
  return out.sorted();
}
