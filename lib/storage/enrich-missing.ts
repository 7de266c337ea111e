import type { Enrichment } from '../attribution/enrich-event';
import { SETTINGS } from '../settings/registry';
import { getSetting } from '../settings/read-setting';
import { deleteSetting } from '../settings/write-setting';
import type { SextantDb, StoredEvent } from './schema';

/** Finishes a v3 upgrade that a page ran without the decoder: decodes and attributes events lacking it. */
export async function enrichMissing(db: SextantDb, enrich: (event: StoredEvent) => Enrichment): Promise<number> {
  if (!(await getSetting(db, SETTINGS.needsEnrichment))) return 0;
  return db.transaction('rw', db.events, db.settings, async () => {
    const changed = await db.events.filter((e) => !e.action).modify((e) => void Object.assign(e, enrich(e)));
    await deleteSetting(db, SETTINGS.needsEnrichment);
    return changed;
  });
}
