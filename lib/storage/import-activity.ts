import { MAX_BATCH_EVENTS } from '../activity/import-limits';
import { readActivityFile } from '../activity/read-activity-file';
import { problem, type Problem } from '../activity/problem';
import { readFileEvents, type Rejections } from '../activity/read-file-events';
import { userDataSchema, type UserData } from '../activity/user-data-schema';
import type { CatalogLookup } from '../catalog/catalog-lookup';
import { z } from '../zod';
import { acceptCatalogEntries } from './catalog-imports';
import { importEvents, type ImportCounts } from './import-events';
import type { SextantDb } from './schema';
import { writeUserData } from './user-data';


export interface ImportSummary extends ImportCounts {
  /** Imported catalog entries restored, and those refused (invalid, impersonating, bidi). */
  catalogAdded: number;
  catalogDropped: number;
}

export type ImportResult = ({ ok: true } & ImportSummary) | { ok: false; problem: Problem; rejections?: Rejections };

/** One batch of a file being imported: events as the file holds them, and its user data with the last batch. */
export const importBatchSchema = z.object({
  offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  events: z.array(z.unknown()).max(MAX_BATCH_EVENTS),
  userData: z.unknown().optional(),
});

export type ImportBatch = z.infer<typeof importBatchSchema>;

const nothing = (): ImportSummary => ({ added: 0, duplicates: 0, catalogAdded: 0, catalogDropped: 0 });

/** Restores the user data of a file: settings and feedback replace what is stored, catalog entries join it. */
async function restoreUserData(db: SextantDb, data: UserData): Promise<Pick<ImportSummary, 'catalogAdded' | 'catalogDropped'>> {
  const { catalogImports = [], ...settings } = data;
  const accepted = await acceptCatalogEntries(db, catalogImports);
  await writeUserData(db, settings, accepted.entries);
  return { catalogAdded: accepted.entries.length, catalogDropped: Object.values(accepted.dropped).reduce((a, b) => a + (b ?? 0), 0) };
}

/**
 * Imports one batch, checked again here because it crossed a message boundary: every event must
 * be valid or the batch is refused and nothing changes. Importing a batch twice adds nothing, so a
 * file whose import stopped half-way is simply imported again.
 */
export async function importActivityBatch(db: SextantDb, input: unknown, lookup: CatalogLookup): Promise<ImportResult> {
  const batch = importBatchSchema.safeParse(input);
  if (!batch.success) return { ok: false, problem: problem('importBadBatch') };
  const { events, rejections } = readFileEvents(batch.data.events, batch.data.offset);
  if (rejections.count > 0) return { ok: false, problem: problem('importInvalidEvents', rejections.count, batch.data.events.length), rejections };
  let userData: UserData | undefined;
  if (batch.data.userData !== undefined) {
    const parsed = userDataSchema.safeParse(batch.data.userData);
    if (!parsed.success) return { ok: false, problem: problem('importBadUserData', String(parsed.error.issues[0]?.path[0] ?? '')) };
    userData = parsed.data;
  }
  const counts = await importEvents(db, events, lookup);
  return { ok: true, ...nothing(), ...counts, ...(userData ? await restoreUserData(db, userData) : {}) };
}

/** Imports a whole file at once (the CLI and tests): all events valid, or nothing changes. */
export async function importActivity(db: SextantDb, text: string, lookup: CatalogLookup): Promise<ImportResult> {
  const read = readActivityFile(text);
  if (!read.ok) return read;
  const total = read.events.length + read.rejections.count;
  if (read.rejections.count > 0) return { ok: false, problem: problem('importInvalidEvents', read.rejections.count, total), rejections: read.rejections };
  const counts = await importEvents(db, read.events, lookup);
  return { ok: true, ...nothing(), ...counts, ...(read.userData ? await restoreUserData(db, read.userData) : {}) };
}
