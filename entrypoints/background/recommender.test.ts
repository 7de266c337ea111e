import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { bundledCatalog } from '@/lib/catalog/bundled-catalog';
import { embedCatalog } from '@/lib/embedding/embed-catalog';
import { memoryEmbeddingStore } from '@/lib/embedding/embedding-store';
import type { VectorIndex } from '@/lib/embedding/vector-index';
import { importActivity } from '@/lib/storage/import-activity';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { isStarterList } from '@/lib/storage/recommendation-state';
import { openDb } from '@/lib/storage/schema';
import { nodeEmbedder } from '../../scripts/node-embedder';
import { createCatalogService } from './catalog-service';
import { createRecommender, type RankingModel } from './recommender';

let index: VectorIndex;
// Embedding the catalog takes seconds on a busy machine.
beforeAll(async () => {
  index = await embedCatalog(await nodeEmbedder(), memoryEmbeddingStore(), bundledCatalog().dapps);
}, 60_000);

/** The shipped model's real vectors, handed over only when the test says the model has loaded. */
function modelLoadedLater() {
  let load!: () => void;
  const loaded = new Promise<void>((resolve) => (load = resolve));
  let ready = false;
  const asked = { count: 0 };
  const model: RankingModel = {
    get: async () => {
      asked.count++;
      await loaded;
      return { index };
    },
    isReady: () => ready,
  };
  return { model, asked, load: () => ((ready = true), load()) };
}

describe('recommender', () => {
  it('stores a starter list without the model', async () => {
    const db = openDb(`rec-${Math.random()}`);
    const { model, asked } = modelLoadedLater();
    await createRecommender(db, createCatalogService(db), model).now();
    const stored = await getSetting(db, SETTINGS.recommendations);
    expect(stored?.items.length).toBeGreaterThan(5);
    expect(isStarterList(stored!.items)).toBe(true);
    expect(stored!.refining).toBeUndefined();
    expect(asked.count).toBe(0);
  });

  it('ranks the first activity at once, marked refining, then again with the model', async () => {
    const db = openDb(`rec-${Math.random()}`);
    const catalog = createCatalogService(db);
    const { model, load } = modelLoadedLater();
    const recommender = createRecommender(db, catalog, model);
    // Sidebars cannot read the database: each stored ranking, the model's refinement too, is announced.
    let announced = 0;
    recommender.onStored(() => announced++);
    await recommender.now();
    expect(announced).toBe(1);
    const result = await importActivity(db, await readFile('samples/demo-activity.json', 'utf8'), (await catalog.get()).lookup);
    expect(result.ok).toBe(true);

    await recommender.now(true);
    const early = (await getSetting(db, SETTINGS.recommendations))!;
    expect(early.refining).toBe(true);
    expect(isStarterList(early.items)).toBe(false);
    expect(early.items.some((r) => r.reasons.some((x) => x.type === 'because-you'))).toBe(true);
    // More activity while the model still loads is ranked at once, not queued behind the load.
    await recommender.now();
    expect((await getSetting(db, SETTINGS.recommendations))!.refining).toBe(true);

    load();
    await vi.waitFor(async () => expect((await getSetting(db, SETTINGS.recommendations))!.refining).toBeUndefined(), { timeout: 30_000 });
    expect(announced).toBe(4);
    const final = (await getSetting(db, SETTINGS.recommendations))!;
    expect(isStarterList(final.items)).toBe(false);
    expect(final.computedAt).toBeGreaterThanOrEqual(early.computedAt);
  });

  it('ranks with the model straight away once it is ready', async () => {
    const db = openDb(`rec-${Math.random()}`);
    const catalog = createCatalogService(db);
    const { model, load } = modelLoadedLater();
    load();
    await importActivity(db, await readFile('samples/demo-activity.json', 'utf8'), (await catalog.get()).lookup);
    await createRecommender(db, catalog, model).now(true);
    const stored = (await getSetting(db, SETTINGS.recommendations))!;
    expect(stored.refining).toBeUndefined();
    expect(isStarterList(stored.items)).toBe(false);
  });
});
