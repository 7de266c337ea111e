import type { ActivityEvent } from '../activity/activity-event';
import { enrichEvent } from '../attribution/enrich-event';
import type { CatalogLookup } from '../catalog/catalog-lookup';
import { addEvent } from './add-event';
import { emptyProfile, type EnrichedEvent, type Profile } from './profile';

/** Decodes, attributes and folds a whole history into a profile (the from-scratch path). */
export function buildProfile(lookup: CatalogLookup, events: readonly ActivityEvent[], halfLifeDays: number): { profile: Profile; enriched: EnrichedEvent[] } {
  const profile = emptyProfile(halfLifeDays);
  const enriched = events.map((e) => ({ time: e.time, chainId: e.chainId, outcome: e.outcome, ...enrichEvent(lookup, e) }));
  for (const e of enriched) addEvent(profile, lookup, e);
  return { profile, enriched };
}
