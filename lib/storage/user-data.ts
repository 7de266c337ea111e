import type { UserData } from '../activity/user-data-schema';
import type { Dapp } from '../catalog/dapp-schema';
import { feedbackSchema, pauseSchema } from '../activity/user-data-schema';
import { halfLifeSchema } from '../messaging/half-life-schema';
import { catalogRefreshSchema } from './catalog-refresh-setting';
import type { SextantDb } from './schema';

/** The settings rows the user owns, by their key in the settings table. */
const OWNED = {
  feedback: 'feedback',
  pause: 'pause',
  halfLifeDays: 'half-life-days',
  modelId: 'model',
  catalogRefresh: 'catalog-refresh',
} as const;

const schemas = { feedback: feedbackSchema, pause: pauseSchema, halfLifeDays: halfLifeSchema, catalogRefresh: catalogRefreshSchema };

/**
 * What the user owns besides events, as stored. A row that fails its schema (written by an older
 * version, or damaged) is left out of the export rather than exported in a shape import refuses.
 */
export async function readUserData(db: SextantDb): Promise<UserData> {
  const data: Record<string, unknown> = {};
  for (const [field, key] of Object.entries(OWNED)) {
    const value = (await db.settings.get(key))?.value;
    if (value === undefined) continue;
    const schema = schemas[field as keyof typeof schemas] as { safeParse(v: unknown): { success: boolean } } | undefined;
    if (field === 'modelId' ? typeof value === 'string' : schema?.safeParse(value).success) data[field] = value;
  }
  const catalogImports = await db.catalogImports.toArray();
  if (catalogImports.length > 0) data.catalogImports = catalogImports;
  return data as UserData;
}

/**
 * Puts the user data of a file back: each part the file has replaces what is stored (the file is
 * what the user chose to restore); parts it lacks stay. Catalog entries arrive already validated.
 */
export async function writeUserData(db: SextantDb, data: Omit<UserData, 'catalogImports'>, catalogImports: readonly Dapp[]): Promise<void> {
  await db.transaction('rw', db.settings, db.catalogImports, async () => {
    for (const [field, key] of Object.entries(OWNED)) {
      const value = data[field as keyof typeof data];
      if (value !== undefined) await db.settings.put({ key, value });
    }
    await db.catalogImports.bulkPut(catalogImports);
  });
}
