import { useEffect, useState } from 'react';
import type { CatalogLookup } from '@/lib/catalog/catalog-lookup';
import { contractName } from '@/lib/catalog/contract-name';
import { reportFailure } from './report-failure';

/**
 * Names of catalog contracts ("Uniswap Permit2") for wording approvals. Like dApp names, the
 * catalog is loaded after the first paint; until then spenders show as short addresses.
 */
export function useContractNames(): (chainId: number | null, address: string | undefined) => string | null {
  const [lookup, setLookup] = useState<CatalogLookup | null>(null);
  useEffect(() => {
    Promise.all([import('@/lib/catalog/bundled-catalog'), import('@/lib/catalog/catalog-lookup')]).then(([catalog, lookups]) =>
      setLookup(lookups.createCatalogLookup(catalog.bundledEntries())),
    ).catch(reportFailure('loading contract names'));
  }, []);
  return (chainId, address) => (lookup && chainId !== null && address ? contractName(lookup, chainId, address) : null);
}
