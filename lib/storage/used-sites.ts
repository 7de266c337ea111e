import type { SextantDb } from './schema';

/** Every site with recorded activity, from the origin index (not only the latest events). */
export async function usedSites(db: SextantDb): Promise<string[]> {
  const keys = await db.events.orderBy('origin').uniqueKeys();
  return keys.filter((k): k is string => typeof k === 'string');
}
