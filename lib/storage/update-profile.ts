import type { CatalogLookup } from '../catalog/catalog-lookup';
import { addEvent } from '../profile/add-event';
import { emptyProfile, type Profile } from '../profile/profile';
import { SETTINGS } from '../settings/registry';
import { getSetting } from '../settings/read-setting';
import { setSetting } from '../settings/write-setting';
import type { SextantDb, StoredEvent } from './schema';

const toEnriched = (e: StoredEvent) =>
  e.action ? [{ time: e.time, chainId: e.chainId, outcome: e.outcome, action: e.action, dappId: e.dappId ?? null, via: e.via ?? null, touched: e.touched ?? [] }] : [];

/**
 * Brings the stored profile up to date: folds in only events stored since the last update, or
 * rebuilds it from every event when asked (a new half-life, a rejected request changing an old
 * event's weight, an imported catalog) or when no usable stored profile exists (none yet, or one
 * of an older version or shape, which is never folded into). Both paths give the same profile.
 */
export async function updateProfile(db: SextantDb, lookup: CatalogLookup, rebuild = false): Promise<Profile> {
  const halfLife = await getSetting(db, SETTINGS.halfLifeDays);
  const stored = rebuild ? null : await getSetting(db, SETTINGS.profile);
  const fresh = !stored || stored.profile.halfLifeDays !== halfLife;
  const profile = fresh ? emptyProfile(halfLife) : stored.profile;
  const from = fresh ? 0 : stored.upToEventId;
  let upTo = from;
  await db.events.where('id').above(from).each((e) => {
    for (const enriched of toEnriched(e)) addEvent(profile, lookup, enriched);
    upTo = Math.max(upTo, e.id!);
  });
  // Most computations (a feedback click) find nothing new: no need to rewrite the stored profile.
  if (!fresh && upTo === from) return profile;
  await setSetting(db, SETTINGS.profile, { profile, upToEventId: upTo });
  return profile;
}
