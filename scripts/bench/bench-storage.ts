import type { Page } from '@playwright/test';
import { extensionWorker, launchChromium } from '../chromium/launch-chromium';
import { benchPageBundle } from './bench-page-bundle';
import { summarise, type Timing } from './measure';

type Bench = {
  ingest(count: number, batchSize: number): Promise<{ ms: number; stored: number; incrementalPerEventMs: number; rebuildMs: number }>;
  seedPopup(events: number, catalogSize: number): Promise<{ events: number; catalog: number }>;
};

export interface StorageFigures {
  ingest: { events: number; batchSize: number; ms: number; eventsPerSecond: number; what: string };
  profile: { incrementalUpdateMsPerEvent: number; rebuildMs: number; events: number; what: string };
  popup: Timing & { events: number; catalog: number };
}

async function load(page: Page): Promise<void> {
  await page.evaluate(await benchPageBundle());
}

/**
 * In Chromium with the built extension: events written through the background's storage path
 * into the extension's IndexedDB, the profile's update, and the popup's time to its first
 * recommendation with a large history and catalog. `extensionDir` measures another build (a
 * baseline) than .output/chrome-mv3.
 */
export async function benchStorage(options: { events: number; catalog: number; runs: number; extensionDir?: string }): Promise<StorageFigures> {
  const browser = await launchChromium({ extensionDir: options.extensionDir });
  try {
    const id = new URL((await extensionWorker(browser.context)).url()).host;
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await load(page);
    const batchSize = 100;
    const ingest = await page.evaluate(([n, b]) => (globalThis as unknown as { sextantBench: Bench }).sextantBench.ingest(n, b), [options.events, batchSize] as const);
    const seeded = await page.evaluate(([n, c]) => (globalThis as unknown as { sextantBench: Bench }).sextantBench.seedPopup(n, c), [options.events, options.catalog] as const);
    await page.close();

    const samples: number[] = [];
    for (let i = 0; i < options.runs + 1; i++) {
      const popup = await browser.context.newPage();
      // Marks the moment the first recommendation is in the DOM, relative to the page's own start.
      await popup.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('ol.recommendations > li')) {
            (window as unknown as { firstRecommendation: number }).firstRecommendation = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await popup.goto(`chrome-extension://${id}/popup.html`);
      await popup.waitForFunction(() => (window as unknown as { firstRecommendation?: number }).firstRecommendation !== undefined);
      const ms = await popup.evaluate(() => (window as unknown as { firstRecommendation: number }).firstRecommendation);
      if (i > 0) samples.push(ms);
      await popup.close();
    }
    return {
      ingest: {
        what: `${ingest.stored} swap events (decoded and attributed) through ingestObservations into IndexedDB, batches of ${batchSize}`,
        events: ingest.stored,
        batchSize,
        ms: Math.round(ingest.ms),
        eventsPerSecond: Math.round((ingest.stored / ingest.ms) * 1000),
      },
      profile: {
        what: 'fold new stored events into the stored profile (incremental), and rebuild it from every event',
        incrementalUpdateMsPerEvent: Math.round(ingest.incrementalPerEventMs * 1000) / 1000,
        rebuildMs: Math.round(ingest.rebuildMs),
        events: ingest.stored,
      },
      popup: { ...summarise(`popup.html opened → first recommendation in the DOM, ${seeded.events} events and ${seeded.catalog} dApps stored`, samples), events: seeded.events, catalog: seeded.catalog },
    };
  } finally {
    await browser.close();
  }
}
