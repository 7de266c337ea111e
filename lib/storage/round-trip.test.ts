import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeEmbedder } from '../../scripts/node-embedder';
import { createCatalogLookup } from '../catalog/catalog-lookup';
import { embedCatalog } from '../embedding/embed-catalog';
import { memoryEmbeddingStore } from '../embedding/embedding-store';
import type { VectorIndex } from '../embedding/vector-index';
import { applyFeedback } from '../ranking/feedback';
import { rankDapps } from '../ranking/rank-dapps';
import { importDefiLlama, loadCatalog } from './catalog-imports';
import { countYourData, deleteEverything } from './delete-everything';
import { exportActivity } from './export-activity';
import { importActivity } from './import-activity';
import { applyPause } from './pause-settings';
import { openDb, type SextantDb, type StoredEvent } from './schema';
import { updateProfile } from './update-profile';
import { readUserData } from './user-data';
import { getSetting } from '../settings/read-setting';
import { SETTINGS } from '../settings/registry';
import { setSetting } from '../settings/write-setting';

const db = openDb('round-trip-' + Math.random());
let index: VectorIndex;

/** The ranking as the background computes it, from what is stored. */
async function recommendations(store: SextantDb): Promise<string[]> {
  const dapps = await loadCatalog(store);
  const lookup = createCatalogLookup(dapps);
  const profile = await updateProfile(store, lookup, true);
  return rankDapps({ dapps, index, profile, feedback: await getSetting(store, SETTINGS.feedback), top: 10 }).map((r) => r.id);
}

const events = async () => (await db.events.orderBy('time').toArray()).map(({ id: _id, uid: _uid, key: _key, ...rest }: StoredEvent) => rest);

beforeAll(async () => {
  const lookup = createCatalogLookup(await loadCatalog(db));
  expect((await importActivity(db, readFileSync('samples/demo-activity.json', 'utf8'), lookup)).ok).toBe(true);
  await importDefiLlama(db, readFileSync('tests/fixtures/defillama-protocols.json', 'utf8'));
  let feedback = applyFeedback(await getSetting(db, SETTINGS.feedback), { kind: 'not-interested', dappId: 'curve' });
  feedback = applyFeedback(feedback, { kind: 'like', dappId: 'pendle' });
  feedback = applyFeedback(feedback, { kind: 'hide-category', category: 'gaming' });
  await setSetting(db, SETTINGS.feedback, feedback);
  await setSetting(db, SETTINGS.halfLifeDays, 21);
  await setSetting(db, SETTINGS.modelId, 'sextant-use-static-256');
  await setSetting(db, SETTINGS.catalogRefresh, { enabled: false, url: 'https://api.llama.fi/protocols' });
  await applyPause(db, { scope: 'origin', origin: 'https://app.uniswap.org', paused: true });
  index = await embedCatalog(await nodeEmbedder(), memoryEmbeddingStore(), await loadCatalog(db));
}, 120_000);
afterAll(() => db.delete());

describe('export → delete everything → import', () => {
  it('restores the same activity, feedback, settings, imported dApps and recommendations', async () => {
    const before = { events: await events(), userData: await readUserData(db), ranking: await recommendations(db), counts: await countYourData(db) };
    expect(before.counts).toMatchObject({ feedback: 3, catalogImports: 2, settings: 4 });
    expect(before.ranking).not.toContain('curve');

    const { text } = await exportActivity(db);
    await deleteEverything(db);
    expect(await countYourData(db)).toEqual({ events: 0, feedback: 0, catalogImports: 0, settings: 0 });
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(db.tables.map(() => 0));

    const lookup = createCatalogLookup(await loadCatalog(db));
    expect(await importActivity(db, text, lookup)).toMatchObject({ ok: true, added: before.events.length, duplicates: 0, catalogAdded: 2 });
    expect(await events()).toEqual(before.events);
    expect(await readUserData(db)).toEqual(before.userData);
    expect(await countYourData(db)).toEqual(before.counts);
    expect(await recommendations(db)).toEqual(before.ranking);
  });
});
