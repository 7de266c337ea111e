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

const OWNED_SETTINGS = ['pause', 'half-life-days', 'model', 'catalog-refresh'];

export async function countYourData(db: SextantDb): Promise<DataCounts> {
  return db.transaction('r', db.events, db.settings, db.catalogImports, async () => {
    const feedback = (await db.settings.get('feedback'))?.value as Record<string, unknown[]> | undefined;
    return {
      events: await db.events.count(),
      feedback: Object.values(feedback ?? {}).reduce((n, list) => n + (Array.isArray(list) ? list.length : 0), 0),
      catalogImports: await db.catalogImports.count(),
      settings: await db.settings.where('key').anyOf(OWNED_SETTINGS).count(),
    };
  });
}
