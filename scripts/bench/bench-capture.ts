import { launchChromium } from '../chromium/launch-chromium';
import { summarise, type Timing } from './measure';
import { serveCapturePage } from './capture-page';

export interface CaptureFigures {
  method: string;
  calls: number;
  without: Timing;
  withSextant: Timing;
  ratio: number;
  addedMicrosecondsPerCall: number;
}

async function perCallMicros(withExtension: boolean, url: string, method: string, calls: number, runs: number): Promise<Timing> {
  const browser = await launchChromium({ extensionDir: withExtension ? undefined : null });
  try {
    const page = await browser.context.newPage();
    await page.goto(url);
    // Let the observer find the provider (it looks at load and on timers) before timing.
    await page.waitForTimeout(300);
    await page.evaluate(([n, m]) => (window as unknown as { runCalls(n: number, m: string): Promise<number> }).runCalls(n, m), [calls, method] as const);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const ms = await page.evaluate(([n, m]) => (window as unknown as { runCalls(n: number, m: string): Promise<number> }).runCalls(n, m), [calls, method] as const);
      samples.push((ms * 1000) / calls);
    }
    return summarise(`${method} round trip, ${calls} sequential calls per run, ${withExtension ? 'with' : 'without'} Sextant`, samples, 'µs');
  } finally {
    await browser.close();
  }
}

/** What observing adds to a page's ethereum.request round trip, for a tracked and a recorded method. */
export async function benchCapture(runs: number, calls: number): Promise<CaptureFigures[]> {
  const { url, server } = await serveCapturePage();
  try {
    const out: CaptureFigures[] = [];
    for (const method of ['eth_chainId', 'personal_sign']) {
      const without = await perCallMicros(false, url, method, calls, runs);
      const withSextant = await perCallMicros(true, url, method, calls, runs);
      out.push({
        method,
        calls,
        without,
        withSextant,
        ratio: Math.round((withSextant.median / without.median) * 100) / 100,
        addedMicrosecondsPerCall: Math.round((withSextant.median - without.median) * 100) / 100,
      });
    }
    return out;
  } finally {
    server.close();
  }
}
