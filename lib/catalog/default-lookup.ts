import { bundledCatalog } from './bundled-catalog';
import { createCatalogLookup, type CatalogLookup } from './catalog-lookup';
import { generatedContracts } from './generated-contracts';
import { indexGenerated, type GeneratedIndex } from './generated-index';

let generated: GeneratedIndex | undefined;
let lookup: CatalogLookup | undefined;

/** The contracts generated from protocols' address books, indexed once per process. */
export function generatedIndex(): GeneratedIndex {
  return (generated ??= indexGenerated(generatedContracts()));
}

/** Lookups over the bundled catalog and the generated contracts, built once per process. */
export function defaultLookup(): CatalogLookup {
  return (lookup ??= createCatalogLookup(bundledCatalog().dapps, generatedIndex()));
}
