import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { readRecommendationsRaw } from './read-recommendations-raw';
import { readRecommendations, writeRecommendations, type StoredRecommendations } from './recommendation-state';
import { openDb } from './schema';

const ranking: StoredRecommendations = {
  computedAt: 1_700_000_000_000,
  refining: true,
  items: [{ id: 'aave', name: 'Aave', url: 'https://app.aave.com', category: 'lending', chains: [1, 8453], names: {}, score: 0.9, reasons: [{ type: 'starter', category: 'lending' }], signals: { similarity: 0, category: 0, complement: 0, chain: 0, popularity: 0.5, starter: 0.4, penalty: 0 } }],
};

describe('readRecommendationsRaw', () => {
  it('reads what readRecommendations reads', async () => {
    const name = `raw-${Math.random()}`;
    const db = openDb(name);
    await writeRecommendations(db, ranking);
    expect(await readRecommendationsRaw(indexedDB, name)).toEqual(await readRecommendations(db));
    db.close();
  });

  it('is null before anything is stored, and null without creating the database', async () => {
    const name = `raw-${Math.random()}`;
    const db = openDb(name);
    await db.open();
    expect(await readRecommendationsRaw(indexedDB, name)).toBeNull();
    db.close();

    const missing = `raw-missing-${Math.random()}`;
    expect(await readRecommendationsRaw(indexedDB, missing)).toBeNull();
    expect(await Dexie.exists(missing)).toBe(false);
    // Dexie still opens it from scratch afterwards, at its own version.
    const later = openDb(missing);
    await writeRecommendations(later, ranking);
    expect(await readRecommendations(later)).toEqual(ranking);
    later.close();
  });
});
