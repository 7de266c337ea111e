import { getSetting } from '../settings/read-setting';
import { USER_SETTINGS } from '../settings/registry';
import type { SextantDb } from './schema';

/**
 * Deletes everything Sextant stored, in one transaction: activity, feedback, settings, imported
 * catalog entries, drop counts and the embedding cache (it holds vectors of imported entries too,
 * and is rebuilt when the model next loads). The bundled catalog and model ship with the extension
 * and stay.
 */
export async function deleteEverything(db: SextantDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}

/** What "Your data" counts: the user's own rows, not caches or derived rankings. */
export interface DataCounts {
  events: number;
  feedback: number;
  catalogImports: number;
  settings: number;
}

/** Settings rows besides feedback (counted on its own): the user's, as the registry declares them. */
const OWNED_SETTINGS = Object.values(USER_SETTINGS)
  .filter((d) => d !== USER_SETTINGS.feedback)
  .map((d) => d.key);

export async function countYourData(db: SextantDb): Promise<DataCounts> {
  return db.transaction('r', db.events, db.settings, db.catalogImports, async () => {
    const feedback = await getSetting(db, USER_SETTINGS.feedback);
    return {
      events: await db.events.count(),
      feedback: feedback.liked.length + feedback.notInterested.length + feedback.alreadyUse.length + feedback.hiddenCategories.length,
      catalogImports: await db.catalogImports.count(),
      settings: await db.settings.where('key').anyOf(OWNED_SETTINGS).count(),
    };
  });
}
