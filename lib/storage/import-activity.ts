import { readActivityFile, type RejectedEvent } from '../activity/read-activity-file';
import { enrichEvent } from '../attribution/enrich-event';
import type { CatalogLookup } from '../catalog/catalog-lookup';
import type { SextantDb } from './schema';

export type ImportResult = { ok: true; imported: number } | { ok: false; error: string; rejected: RejectedEvent[] };

/** Imports a whole file or nothing: one bad event rejects the file, and stored events stay as they were. */
export async function importActivity(db: SextantDb, text: string, lookup: CatalogLookup): Promise<ImportResult> {
  const read = readActivityFile(text);
  if (!read.ok) return { ok: false, error: read.error, rejected: [] };
  if (read.rejected.length > 0) {
    const first = read.rejected[0]!;
    return {
      ok: false,
      error: `${read.rejected.length} of ${read.events.length + read.rejected.length} events are invalid; first, event ${first.index}: ${first.reasons.join('; ')}`,
      rejected: read.rejected,
    };
  }
  await db.transaction('rw', db.events, () => db.events.bulkAdd(read.events.map((e) => ({ ...e, ...enrichEvent(lookup, e) }))));
  return { ok: true, imported: read.events.length };
}
