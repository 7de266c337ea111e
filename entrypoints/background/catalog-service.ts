import { createCatalogLookup, type CatalogLookup } from '@/lib/catalog/catalog-lookup';
import type { Dapp } from '@/lib/catalog/dapp-schema';
import { generatedIndex } from '@/lib/catalog/default-lookup';
import { buildSiteIndex, type SiteIndex } from '@/lib/safety/site-index';
import { loadCatalog } from '@/lib/storage/catalog-imports';
import type { SextantDb } from '@/lib/storage/schema';

export interface CatalogContext {
  dapps: Dapp[];
  lookup: CatalogLookup;
  /** The site check's index over the same catalog. */
  sites: SiteIndex;
}

/** The catalog in use (bundled plus imports, with the generated contracts), loaded once and reloaded after an import. */
export function createCatalogService(db: SextantDb) {
  let current: Promise<CatalogContext> | undefined;
  return {
    get(): Promise<CatalogContext> {
      current ??= loadCatalog(db).then((dapps) => {
        const lookup = createCatalogLookup(dapps, generatedIndex());
        let sites: SiteIndex | undefined;
        // Built on the first site check: a first run's starter list does not wait for it.
        return {
          dapps,
          lookup,
          get sites() {
            return (sites ??= buildSiteIndex(lookup));
          },
        };
      });
      return current;
    },
    changed(): void {
      current = undefined;
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
