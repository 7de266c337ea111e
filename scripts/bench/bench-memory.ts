import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import WebSocket from 'ws';
import { extensionWorker, launchChromium } from '../chromium/launch-chromium';

export interface MemoryFigures {
  what: string;
  beforeModelMb: number;
  afterModelMb: number;
  /** Typed-array backing stores (vectors, token vectors) live outside the JS heap; counted here. */
  backingStoresAfterMb: number;
}

/** Sends CDP commands to one target over its debugging WebSocket (loopback only). */
async function cdp(url: string) {
  const socket = new WebSocket(url);
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
  let next = 0;
  const send = (method: string) =>
    new Promise<Record<string, number>>((resolve, reject) => {
      const id = ++next;
      const onMessage = (data: WebSocket.RawData) => {
        const message = JSON.parse(String(data)) as { id?: number; result?: Record<string, number>; error?: { message: string } };
        if (message.id === id) {
          socket.off('message', onMessage);
          // A failed command must not read as 0 MB.
          if (message.error) reject(new Error(`${method}: ${message.error.message}`));
          else resolve(message.result ?? {});
        }
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, method }));
    });
  return { send, close: () => socket.close() };
}

const mb = (bytes: number | undefined) => Math.round(((bytes ?? 0) / 1048576) * 10) / 10;

/** The service worker's JS heap, after garbage collection, before and after the model loads and the catalog is embedded. */
export async function benchMemory(): Promise<MemoryFigures> {
  const browser = await launchChromium({ args: ['--remote-debugging-port=0'] });
  try {
    const worker = await extensionWorker(browser.context);
    const id = new URL(worker.url()).host;
    const [port] = (await readFile(join(browser.userDataDir, 'DevToolsActivePort'), 'utf8')).split('\n');
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { type: string; url: string; webSocketDebuggerUrl: string }[];
    const target = targets.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${id}/`));
    if (!target) throw new Error('no service worker target found');
    const session = await cdp(target.webSocketDebuggerUrl);
    const usage = async () => (await session.send('HeapProfiler.collectGarbage'), session.send('Runtime.getHeapUsage'));
    const beforeModelMb = mb((await usage()).usedSize);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await page.getByText(/Ready: \d+ dApps embedded/).waitFor({ timeout: 120_000 });
    // A search fills the token vectors its second pass keeps for the catalog.
    const search = await browser.context.newPage();
    await search.goto(`chrome-extension://${id}/newtab.html`);
    await search.getByRole('searchbox').fill('lend my stablecoins for interest');
    await search.getByRole('button', { name: 'Search' }).click();
    await search.locator('ol.results li').first().waitFor({ timeout: 60_000 });
    const after = await usage();
    session.close();
    return {
      what: 'service worker JS heap after garbage collection (Runtime.getHeapUsage), before the model loads, and after the catalog is embedded and a first search has filled the token vectors; WASM memory of the ONNX runtime is not included',
      beforeModelMb,
      afterModelMb: mb(after.usedSize),
      backingStoresAfterMb: mb(after.backingStorageSize),
    };
  } finally {
    await browser.close();
  }
}
