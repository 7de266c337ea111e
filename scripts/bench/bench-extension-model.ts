import { extensionWorker, launchChromium } from '../chromium/launch-chromium';
import { benchPageBundle } from './bench-page-bundle';
import type { ThroughputFigures } from './embedding-throughput';
import { summarise, type Timing } from './measure';

export interface ExtensionModelFigures {
  /** The same figures as the Node embedding benchmark, measured inside the extension's service worker. */
  throughput: ThroughputFigures;
  /** Options page opened with an empty cache → "Ready": model load plus embedding the whole catalog in the service worker. */
  coldReady: Timing;
  /** New-tab search: click → results in the DOM (query embedded in the service worker, top-k, rendered). */
  search: Timing;
}

const QUERIES = ['lend my stablecoins for interest', 'bridge ETH to Arbitrum', 'buy and sell NFTs', 'stake ETH and keep it liquid', 'bet on elections', 'cheap swaps on base'];

/** Load and throughput inside the service worker, in a browser of its own so nothing else has loaded the model there. */
async function throughputInWorker(runs: number): Promise<ThroughputFigures> {
  const browser = await launchChromium();
  try {
    const worker = await extensionWorker(browser.context);
    await worker.evaluate(await benchPageBundle('bench-model-entry'));
    return await worker.evaluate((n) => (globalThis as unknown as { sextantModelBench: { run(runs: number): Promise<ThroughputFigures> } }).sextantModelBench.run(n), runs);
  } finally {
    await browser.close();
  }
}

/** The model in the extension: load and throughput, cold start to a fully embedded catalog, and search as the user sees it. */
export async function benchExtensionModel(runs: number, throughputRuns: number): Promise<ExtensionModelFigures> {
  const throughput = await throughputInWorker(throughputRuns);
  const cold: number[] = [];
  const searches: number[] = [];
  for (let run = 0; run < runs; run++) {
    const browser = await launchChromium();
    try {
      const id = new URL((await extensionWorker(browser.context)).url()).host;
      const options = await browser.context.newPage();
      await options.goto(`chrome-extension://${id}/options.html`);
      const ready = options.getByText(/Ready: \d+ dApps embedded/);
      await ready.waitFor({ timeout: 120_000 });
      cold.push(await options.evaluate(() => performance.now()));
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${id}/newtab.html`);
      for (const query of QUERIES) {
        await page.getByRole('searchbox').fill(query);
        const ms = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              // No named helpers in here: the page runs this text as it is.
              const before = document.querySelector('ol.results')?.innerHTML;
              const start = performance.now();
              new MutationObserver((_, observer) => {
                const now = document.querySelector('ol.results');
                if (now && now.innerHTML !== before) {
                  observer.disconnect();
                  resolve(performance.now() - start);
                }
              }).observe(document.body, { childList: true, subtree: true });
              (document.querySelector('form[role="search"] button[type="submit"]') as HTMLButtonElement).click();
            }),
        );
        searches.push(ms);
      }
    } finally {
      await browser.close();
    }
  }
  return {
    throughput,
    coldReady: summarise('options page opened → "Ready": model loaded and the catalog embedded in the service worker (empty cache; upper bound, includes page load and polling)', cold),
    search: summarise(`new-tab search, click → results rendered (${QUERIES.length} queries per run)`, searches),
  };
}
