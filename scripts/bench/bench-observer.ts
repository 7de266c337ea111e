import { createServer, type Server } from 'node:http';
import type { Page } from '@playwright/test';
import { launchChromium } from '../chromium/launch-chromium';
import { summarise, type Timing } from './measure';

/** One case of "observer overhead per call": what a page pays for N wallet calls, with and without Sextant. */
export interface ObserverOverheadFigures {
  name: string;
  calls: number;
  /** Time inside the page's own loop of `request()` calls (the call path), per call. */
  callPath: Comparison;
  /** All main-thread time the page's process spent (the loop, the wallet's promises and any work Sextant deferred), per call. */
  mainThread: Comparison;
}

interface Comparison {
  without: Timing;
  withSextant: Timing;
  addedMicrosecondsPerCall: number;
  /** The same with another build (e.g. the code before a change), measured in the same run. */
  compared?: { label: string; withSextant: Timing; addedMicrosecondsPerCall: number };
}

const FIVE_MB = 5 * 1024 * 1024;
const WARM_UP_CALLS = 3;

// A wallet that answers at once, so the figures are the request path itself. `runCalls` makes N
// calls in one synchronous loop (as a page flooding its wallet does) and times that loop.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>observer bench</title><script>
window.ethereum = {
  chainId: '0x1',
  request: ({ method }) => Promise.resolve(method === 'eth_sendTransaction' ? '0x' + 'ab'.repeat(32) : '0x' + 'cd'.repeat(65)),
  on() {},
};
const big = '0x' + 'ab'.repeat(${FIVE_MB / 2});
window.runCalls = (n, kind) => {
  const pending = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    const args = kind === 'big'
      ? { method: 'eth_sendTransaction', params: [{ from: '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266', to: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', data: big }] }
      : { method: 'personal_sign', params: ['0x68656c6c6f', '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266'] };
    pending.push(window.ethereum.request(args));
  }
  const ms = performance.now() - start;
  return Promise.allSettled(pending).then(() => ms);
};
</script></head><body>observer bench</body></html>`;

async function servePage(): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}/observer.html`, server };
}

/** The page process's main-thread busy time so far (Chromium's TaskDuration), in ms. */
async function taskMs(cdp: { send(method: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }> }): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
}

type Cdp = Parameters<typeof taskMs>[0];
const runCalls = (page: Page, calls: number, kind: string) =>
  page.evaluate(([n, k]) => (window as unknown as { runCalls(n: number, k: string): Promise<number> }).runCalls(n, k), [calls, kind] as const);

/** Deferred work runs in later tasks: waits until three readings in a row add (almost) nothing, and returns the last. */
async function quiet(page: Page, cdp: Cdp): Promise<number> {
  let last = await taskMs(cdp);
  for (let still = 0; still < 3; ) {
    await page.waitForTimeout(150);
    const now = await taskMs(cdp);
    still = now - last < 2 ? still + 1 : 0;
    last = now;
  }
  return last;
}

/** One run: the loop's time and the main thread's total, deferred work included. */
async function runOnce(page: Page, calls: number, kind: string): Promise<{ loopMs: number; taskMs: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // A few calls first, so the figures do not include the page's (and Sextant's relay's) one-time compile of their code paths.
  await runCalls(page, WARM_UP_CALLS, kind);
  const before = await quiet(page, cdp);
  const loopMs = await runCalls(page, calls, kind);
  const after = await quiet(page, cdp);
  await cdp.detach();
  return { loopMs, taskMs: after - before };
}

/** `extensionDir`: undefined for the build in .output, null for no extension. */
async function measure(extensionDir: string | null | undefined, url: string, calls: number, kind: string, runs: number) {
  const browser = await launchChromium({ extensionDir });
  try {
    const loop: number[] = [];
    const task: number[] = [];
    for (let i = 0; i <= runs; i++) {
      // A fresh page per run: the relay's and observer's per-page limits start full each time.
      const page = await browser.context.newPage();
      await page.goto(url);
      // Let the observer find the provider (it looks at load and on timers) before timing.
      await page.waitForFunction(() => document.readyState === 'complete');
      await page.waitForTimeout(300);
      const r = await runOnce(page, calls, kind);
      await page.close();
      // The first run warms the JIT and is not counted.
      if (i === 0) continue;
      loop.push((r.loopMs * 1000) / calls);
      task.push((r.taskMs * 1000) / calls);
    }
    const who = extensionDir === null ? 'without' : extensionDir === undefined ? 'with' : `with ${extensionDir} of`;
    return {
      loop: summarise(`${calls} ${kind} requests in one loop, ${who} Sextant: loop time per call`, loop, 'µs'),
      task: summarise(`${calls} ${kind} requests, ${who} Sextant: main-thread time per call, deferred work included`, task, 'µs'),
    };
  } finally {
    await browser.close();
  }
}

const added = (a: Timing, b: Timing) => Math.round((b.median - a.median) * 100) / 100;

/**
 * Observer overhead per call in Chromium: small `personal_sign` requests and `eth_sendTransaction`
 * with 5 MB of calldata, 10,000 made at once (a flood; the observer's rate limit applies) and 90
 * (within the limit of 100 at once, so every call is recorded in full).
 */
export async function benchObserver(runs: number, options: { quick?: boolean; compare?: { label: string; extensionDir: string } } = {}): Promise<ObserverOverheadFigures[]> {
  const { quick = false, compare } = options;
  const { url, server } = await servePage();
  try {
    const out: ObserverOverheadFigures[] = [];
    const cases = [
      ['small', 10_000, 'small params, 10,000 calls'],
      ['big', 10_000, '5 MB params, 10,000 calls'],
      ['small', 90, 'small params, 90 calls (all recorded)'],
      ['big', 90, '5 MB params, 90 calls (all recorded)'],
    ] as const;
    // The quick run (part of npm test) keeps the two floods the targets are about.
    for (const [kind, calls, name] of quick ? cases.slice(0, 2) : cases) {
      const without = await measure(null, url, calls, kind, runs);
      const withSextant = await measure(undefined, url, calls, kind, runs);
      const other = compare && (await measure(compare.extensionDir, url, calls, kind, runs));
      const comparison = (pick: 'loop' | 'task'): Comparison => ({
        without: without[pick],
        withSextant: withSextant[pick],
        addedMicrosecondsPerCall: added(without[pick], withSextant[pick]),
        ...(compare && other && { compared: { label: compare.label, withSextant: other[pick], addedMicrosecondsPerCall: added(without[pick], other[pick]) } }),
      });
      out.push({ name, calls, callPath: comparison('loop'), mainThread: comparison('task') });
    }
    return out;
  } finally {
    server.close();
  }
}
