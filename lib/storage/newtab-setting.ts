import type { SextantDb } from './schema';

const KEY = 'newtab-enabled';

/** Sextant's new tab is on until the user turns it off in settings. */
export async function readNewTabEnabled(db: SextantDb): Promise<boolean> {
  return (await db.settings.get(KEY))?.value !== false;
}

export const writeNewTabEnabled = (db: SextantDb, enabled: boolean) => db.settings.put({ key: KEY, value: enabled });
