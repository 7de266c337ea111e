import type { CatalogLookup } from '../catalog/catalog-lookup';
import { buildSiteIndex, type SiteIndex } from './site-index';

const cache = new WeakMap<CatalogLookup, SiteIndex>();

/** The site index over a catalog lookup, built once per lookup (a new catalog gets a new lookup). */
export function siteIndexFor(lookup: CatalogLookup): SiteIndex {
  let index = cache.get(lookup);
  if (!index) cache.set(lookup, (index = buildSiteIndex(lookup)));
  return index;
}
