import { bundledCatalog } from './bundled-catalog';
import { createCatalogLookup, type CatalogLookup } from './catalog-lookup';

let lookup: CatalogLookup | undefined;

/** Lookups over the bundled catalog, built once per process. */
export function defaultLookup(): CatalogLookup {
  return (lookup ??= createCatalogLookup(bundledCatalog().dapps));
}
