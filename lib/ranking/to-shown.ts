import type { CatalogLookup } from '../catalog/catalog-lookup';
import type { ShownRecommendation } from '../storage/recommendation-state';
import type { Recommendation } from './reason';

/** Adds the names, link and category a page shows, from the catalog the ranking used. */
export function toShown(lookup: CatalogLookup, r: Recommendation): ShownRecommendation {
  const d = lookup.byId.get(r.id)!;
  const mentioned = r.reasons.flatMap((x) => (x.type === 'because-you' || x.type === 'goes-with' ? x.dapps : x.type === 'similar-to' || x.type === 'liked' ? [x.dapp] : []));
  return {
    ...r,
    name: d.name,
    url: d.origins[0]!,
    category: d.category,
    chains: d.chains,
    names: Object.fromEntries(mentioned.map((id) => [id, lookup.byId.get(id)?.name ?? id])),
  };
}
