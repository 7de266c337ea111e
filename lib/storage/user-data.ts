import type { PromiseExtended } from 'dexie';
import type { UserData } from '../activity/user-data-schema';
import type { Dapp } from '../catalog/dapp-schema';
import { readFileSettings, writeFileSettings } from '../settings/file-settings';
import type { SextantDb } from './schema';

/** What the user owns besides events, as an export holds it: their settings (through the registry) and imported dApps. */
export function readUserData(db: SextantDb): PromiseExtended<UserData> {
  // Dexie's promises only: this runs inside the export's transaction (see read-setting.ts).
  return readFileSettings(db).then((data: UserData) => db.catalogImports.toArray().then((catalogImports) => (catalogImports.length > 0 ? { ...data, catalogImports } : data)));
}

/**
 * Puts the user data of a file back: each setting the file has replaces what is stored (the file is
 * what the user chose to restore); parts it lacks stay. Catalog entries arrive already validated.
 */
export async function writeUserData(db: SextantDb, data: Omit<UserData, 'catalogImports'>, catalogImports: readonly Dapp[]): Promise<void> {
  await db.transaction('rw', db.settings, db.catalogImports, async () => {
    await writeFileSettings(db, data);
    await db.catalogImports.bulkPut(catalogImports);
  });
}
