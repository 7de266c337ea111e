import type { Problem } from '../activity/problem';
import { SETTINGS } from '../settings/registry';
import { deleteSetting, updateSetting } from '../settings/write-setting';
import { MAX_LOGGED_ERRORS } from './logged-error-schema';
import type { SextantDb } from './schema';

/** Records a failure the background met, newest first, for "Recent errors" in "Your data"; nothing is sent anywhere. */
export async function logError(db: SextantDb, where: string, problem: Problem, now = Date.now()): Promise<void> {
  await updateSetting(db, SETTINGS.recentErrors, (logged) => [{ time: now, where, problem }, ...logged].slice(0, MAX_LOGGED_ERRORS));
}

export async function clearErrors(db: SextantDb): Promise<void> {
  await deleteSetting(db, SETTINGS.recentErrors);
}
