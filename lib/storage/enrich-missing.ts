import type { Enrichment } from '../attribution/enrich-event';
import { NEEDS_ENRICHMENT, type SextantDb, type StoredEvent } from './schema';

/** Finishes a v3 upgrade that a page ran without the decoder: decodes and attributes events lacking it. */
export async function enrichMissing(db: SextantDb, enrich: (event: StoredEvent) => Enrichment): Promise<number> {
  if (!(await db.settings.get(NEEDS_ENRICHMENT))) return 0;
  return db.transaction('rw', db.events, db.settings, async () => {
    const changed = await db.events.filter((e) => !e.action).modify((e) => void Object.assign(e, enrich(e)));
    await db.settings.delete(NEEDS_ENRICHMENT);
    return changed;
  });
}
