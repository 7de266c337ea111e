import { createRequire } from 'node:module';
import { ContractCollector } from './contract-collector';

const require = createRequire(import.meta.url);

// The registry also names tokens and Permit2 that Morpho only uses; these keys are Morpho's own.
const MORPHO_KEYS = /^(blue|morpho|bundler|bundler3|adaptiveCurveIrm|publicAllocator|metaMorphoFactory|vaultV2Factory|registryList|chainlinkOracleFactory|preLiquidationFactory|morphoToken)$|AdapterFactory$|Adapter\d*$|-morpho$/;

/** Morpho's address registry: Morpho Blue, bundlers and adapters, vault factories and MORPHO, per chain. */
export function readMorpho(): ReturnType<ContractCollector['sorted']> {
  const sdk = require('@morpho-org/blue-sdk') as { addressesRegistry: Record<string, Record<string, unknown>> };
  const out = new ContractCollector();
  for (const [chainId, entries] of Object.entries(sdk.addressesRegistry)) {
    const visit = (key: string, value: unknown) => {
      if (typeof value === 'string') {
        if (MORPHO_KEYS.test(key)) out.add(chainId, value, 'morpho', key === 'blue' || key === 'morpho' ? 'Morpho Blue' : key);
      } else if (typeof value === 'object' && value !== null && MORPHO_KEYS.test(key)) {
        for (const [k, v] of Object.entries(value)) visit(k, v);
      }
    };
    for (const [key, value] of Object.entries(entries)) visit(key, value);
  }
  return out.sorted();
}
