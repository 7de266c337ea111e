import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { extensionWorker, launchChromium } from '../chromium/launch-chromium';
import { summarise, type Timing } from './measure';

export interface FirstRunFigures {
  /** The extension's service worker started (installed, fresh profile) → the popup shows the starter list. */
  installToStarter: Timing;
  /** The popup opened → its starter list shown (the popup is opened as soon as the extension runs). */
  popupToStarter: Timing;
  /** Installed → the starter list the popup showed was stored by the background (opening a page is not in it). */
  installToStarterStored: Timing;
  /** Installed → the personalised list shown, with activity imported in the popup once the starter list shows. */
  installToPersonalised: Timing;
  /** The import chosen in the popup → the personalised list shown. */
  importToPersonalised: Timing;
  /** Installed → the personalised list ranked with the model (the first one may come before the model is ready). */
  installToModelRanked: Timing;
  activityEvents: number;
}

// An activity file a user could import on day one ("Start from your past").
const ACTIVITY = resolve('samples/demo-activity.json');

type Marks = { starter?: number; personalised?: number; modelRanked?: number };

/** One fresh install: epoch milliseconds of each moment, read from the browser's own clocks. */
interface Moments {
  installed: number;
  popupOpened: number;
  starter: number;
  /** When the background stored the starter list the popup showed (its computedAt). */
  starterStored: number;
  imported: number;
  personalised: number;
  modelRanked: number;
}

async function oneInstall(extensionDir: string | undefined): Promise<Moments> {
  const browser = await launchChromium({ extensionDir });
  try {
    const worker = await extensionWorker(browser.context);
    const installed = await worker.evaluate(() => performance.timeOrigin);
    const id = new URL(worker.url()).host;
    const popup = await browser.context.newPage();
    // The list says which kind it is (data-list) and whether the model's ranking is still to come
    // (data-refining); the marks are taken in the page as the DOM changes.
    await popup.addInitScript(() => {
      const marks: Marks = {};
      (window as unknown as { marks: Marks }).marks = marks;
      new MutationObserver((_, observer) => {
        const list = document.querySelector('[data-list] ol.recommendations > li')?.closest('[data-list]');
        const kind = list?.getAttribute('data-list');
        const now = performance.timeOrigin + performance.now();
        if (kind) marks.starter ??= now;
        if (kind === 'personal') marks.personalised ??= now;
        if (kind === 'personal' && !list!.hasAttribute('data-refining')) {
          marks.modelRanked = now;
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-list', 'data-refining'] });
    });
    await popup.goto(`chrome-extension://${id}/popup.html`);
    const popupOpened = await popup.evaluate(() => performance.timeOrigin);
    await popup.waitForFunction(() => (window as unknown as { marks: Marks }).marks.starter !== undefined, null, { timeout: 120_000 });
    // The stored list's own time, read as the page reads it (IndexedDB, table settings).
    const starterStored = await popup.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('sextant');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('settings').objectStore('settings').get('recommendations');
            get.onerror = () => reject(get.error);
            get.onsuccess = () => resolve((get.result as { value: { computedAt: number } }).value.computedAt);
          };
        }),
    );
    const imported = await popup.evaluate(() => performance.timeOrigin + performance.now());
    await popup.locator('.file-actions input[type="file"]').setInputFiles(ACTIVITY);
    await popup.waitForFunction(() => (window as unknown as { marks: Marks }).marks.modelRanked !== undefined, null, { timeout: 120_000 });
    const marks = await popup.evaluate(() => (window as unknown as { marks: Required<Marks> }).marks);
    return { installed, popupOpened, starter: marks.starter, starterStored, imported, personalised: marks.personalised, modelRanked: marks.modelRanked };
  } finally {
    await browser.close();
  }
}

/**
 * Install → first list, as a new user meets it: a fresh profile with the built extension, the
 * popup opened as soon as the extension runs, time until its popular starter list shows; then an
 * activity file imported there, and time until the personalised list replaces the starter one.
 * `extensionDir` measures another build (a baseline) than .output/chrome-mv3.
 */
export async function benchFirstRun(runs: number, extensionDir?: string): Promise<FirstRunFigures> {
  const samples: Moments[] = [];
  for (let i = 0; i < runs; i++) samples.push(await oneInstall(extensionDir));
  const figure = (what: string, pick: (s: Moments) => number) => summarise(what, samples.map((s) => Math.round(pick(s) * 10) / 10));
  const { events } = JSON.parse(await readFile(ACTIVITY, 'utf8')) as { events: unknown[] };
  return {
    installToStarter: figure('fresh install (service worker started) → popup shows the starter list, popup opened at once', (s) => s.starter - s.installed),
    popupToStarter: figure('popup opened on a fresh install → starter list shown', (s) => s.starter - s.popupOpened),
    installToStarterStored: figure('fresh install → the starter list shown stored by the background (its computedAt)', (s) => s.starterStored - s.installed),
    installToPersonalised: figure(`fresh install → personalised list shown, after importing ${events.length} events in the popup once the starter list showed`, (s) => s.personalised - s.installed),
    importToPersonalised: figure(`${events.length} events imported in the popup → personalised list shown`, (s) => s.personalised - s.imported),
    installToModelRanked: figure('fresh install → personalised list ranked with the model shown (same runs)', (s) => s.modelRanked - s.installed),
    activityEvents: events.length,
  };
}
