import type { CatalogLookup } from '../catalog/catalog-lookup';

/** What the site check compares a page against: the catalog's official hosts. */
export interface SiteIndex {
  /** Official host → dApp id (a page on that host or any subdomain of it is the dApp's). */
  officialHosts: ReadonlyMap<string, string>;
}

/** Builds the site check's index from the catalog in use (bundled plus imports). */
export function buildSiteIndex(lookup: CatalogLookup): SiteIndex {
  const officialHosts = new Map<string, string>();
  for (const [host, dapp] of lookup.byHost) officialHosts.set(host, dapp.id);
  return { officialHosts };
}
