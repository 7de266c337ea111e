import type { CatalogLookup } from '../catalog/catalog-lookup';
import { addEvent } from '../profile/add-event';
import { emptyProfile, type EnrichedEvent, type Profile } from '../profile/profile';

/**
 * The history without the dApp the person adopted last (the latest first use among dApps with at
 * least two attributed dApps in the history), for asking whether the ranker would have found it.
 * Null when fewer than two dApps are attributed: there is nothing left to learn from.
 */
export function leaveLastAdoptedOut(lookup: CatalogLookup, enriched: readonly EnrichedEvent[], halfLifeDays: number): { hidden: string; profile: Profile } | null {
  const firstUse = new Map<string, number>();
  for (const e of enriched) if (e.dappId) firstUse.set(e.dappId, Math.min(firstUse.get(e.dappId) ?? Infinity, e.time));
  if (firstUse.size < 2) return null;
  const hidden = [...firstUse].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const profile = emptyProfile(halfLifeDays);
  for (const e of enriched) {
    if (e.dappId === hidden) continue;
    addEvent(profile, lookup, { ...e, touched: e.touched?.filter((id) => id !== hidden) });
  }
  return { hidden, profile };
}
