import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { modelIndex } from '../../scripts/list-model-folders';
import { CHROMIUM_ARGS, EXTENSION_DIR, expect, serviceWorker, test } from './fixtures';

// A developer drops another Transformers.js model folder into the extension's models folder (here a
// real BERT encoder with attention, tests/fixtures/tiny-bert, under a nested "org/name" id as Hugging
// Face models are) and picks it in the settings.
test('a model folder added to the extension can be picked in settings and re-embeds the catalog', async () => {
  const work = await mkdtemp(join(tmpdir(), 'sextant-model-'));
  const extension = join(work, 'extension');
  await cp(EXTENSION_DIR, extension, { recursive: true });
  execFileSync('node', ['tests/fixtures/tiny-bert/build-tiny-bert.mjs', join(extension, 'models/Example/dropped-model')]);
  // What the build writes for a models folder (ids and fingerprints), now that the folder holds one more.
  const index = modelIndex(join(extension, 'models'));
  await writeFile(join(extension, 'models/index.json'), JSON.stringify(index));
  const cacheKey = (model: string) => `${model}@${index.fingerprints[model]}`;
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`],
  });
  try {
    const requests: string[] = [];
    context.on('request', (r) => requests.push(r.url()));
    const id = new URL((await serviceWorker(context)).url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await expect(page.getByRole('status').filter({ hasText: /Ready: \d+ dApps embedded with sextant-use-static-256/ })).toBeVisible({ timeout: 60_000 });

    // The page marks the new model only once the background accepted it, so click, then expect.
    await page.getByRole('radio', { name: 'Example/dropped-model' }).click();
    await expect(page.getByRole('radio', { name: 'Example/dropped-model' })).toBeChecked();
    await expect(page.getByRole('status').filter({ hasText: /Ready: \d+ dApps embedded with Example\/dropped-model/ })).toBeVisible({ timeout: 60_000 });
    expect(requests.some((u) => u.includes('/models/Example/dropped-model/onnx/model_quantized.onnx'))).toBe(true);

    // Embeddings are kept per model and its fingerprint: both models' vectors are now in the cache.
    const perModel = await page.evaluate(
      () =>
        new Promise<Record<string, number>>((resolve) => {
          const open = indexedDB.open('sextant');
          open.onsuccess = () => {
            const all = open.result.transaction('embeddings').objectStore('embeddings').getAll();
            all.onsuccess = () => resolve(all.result.reduce((m: Record<string, number>, r: { model: string }) => ((m[r.model] = (m[r.model] ?? 0) + 1), m), {}));
          };
        }),
    );
    expect(perModel[cacheKey('sextant-use-static-256')]).toBeGreaterThanOrEqual(300);
    expect(perModel[cacheKey('Example/dropped-model')]).toBe(perModel[cacheKey('sextant-use-static-256')]);

    // Search now runs on the new model, token-level pass included.
    const newtab = await context.newPage();
    await newtab.goto(`chrome-extension://${id}/newtab.html`);
    await newtab.getByRole('searchbox').fill('stake eth with a liquid staking protocol');
    await newtab.getByRole('button', { name: 'Search' }).click();
    await expect(newtab.locator('ol.results li')).toHaveCount(10);
    expect(requests.filter((u) => !u.startsWith(`chrome-extension://${id}/`))).toEqual([]);
  } finally {
    await context.close();
    await rm(work, { recursive: true, force: true });
  }
});
