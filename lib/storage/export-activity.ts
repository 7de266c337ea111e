import { writeActivityFile, type WrittenFile } from '../activity/write-activity-file';
import type { SextantDb } from './schema';
import { readUserData } from './user-data';

/** Everything the user owns, as one file: events, feedback, settings and imported catalog entries. */
export async function exportActivity(db: SextantDb): Promise<WrittenFile> {
  return db.transaction('r', db.events, db.settings, db.catalogImports, async () =>
    writeActivityFile(await db.events.orderBy('time').toArray(), await readUserData(db)),
  );
}
