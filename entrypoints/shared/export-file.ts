import { exportActivity } from '@/lib/storage/export-activity';
import { db } from './db';
import { downloadText } from './download-text';

/**
 * Exports everything from the page itself: pages may read the database, and a file built here
 * never meets the extension message limit however large the history is.
 */
export async function exportFile(): Promise<{ events: number; unwritable: number }> {
  const written = await exportActivity(db);
  downloadText(written.text, `sextant-export-${new Date().toISOString().slice(0, 10)}.json`);
  return { events: written.events, unwritable: written.unwritable };
}
