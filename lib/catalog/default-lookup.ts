import { bundledCatalog } from './bundled-catalog';
import { createCatalogLookup, type CatalogLookup } from './catalog-lookup';
import { generatedContracts } from './generated-contracts';

let lookup: CatalogLookup | undefined;

/** Lookups over the bundled catalog and the contracts generated from protocols' address books, built once per process. */
export function defaultLookup(): CatalogLookup {
  return (lookup ??= createCatalogLookup(bundledCatalog().dapps, generatedContracts()));
}
