import { problem } from '@/lib/activity/problem';
import { checkSettings } from '@/lib/settings/check-settings';
import { logError } from '@/lib/storage/error-log';
import type { SextantDb } from '@/lib/storage/schema';
import type { Recommender } from './recommender';

/**
 * Brings stored settings to their current versions when the background starts. Resets (rows
 * nothing could read) go to "Recent errors"; derived rows that were dropped are rebuilt at once,
 * so pages never wait on an old ranking.
 */
export async function checkStoredSettings(db: SextantDb, recommender: Recommender): Promise<void> {
  const check = await checkSettings(db);
  for (const { name, fault } of check.reset) await logError(db, 'settings', problem(fault === 'invalid' ? 'settingResetInvalid' : 'settingResetOlder', name));
  if (check.migrated.length + check.rebuilt.length + check.newer.length > 0) console.info('Sextant: settings checked', check);
  if (check.rebuilt.length > 0) recommender.schedule();
}
