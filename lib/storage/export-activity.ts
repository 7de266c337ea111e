import { writeActivityFile } from '../activity/write-activity-file';
import type { SextantDb } from './schema';

export async function exportActivity(db: SextantDb): Promise<string> {
  return writeActivityFile(await db.events.orderBy('time').toArray());
}
