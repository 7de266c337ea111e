import type { Browser, Frame, Page } from 'puppeteer-core';
import { SITE_PORT } from '../e2e/site/ports.mjs';

export const SITE = `http://127.0.0.1:${SITE_PORT}`;
// Waits are for conditions; these only bound them, generously, for a loaded two-core machine.
export const WAIT = { timeout: 90_000, polling: 250 } as const;

/** Every URL a page asked for, as WebDriver BiDi reports it for that page and its frames. */
export function recordRequests(page: Page, into: string[]): void {
  page.on('request', (request) => void into.push(request.url()));
}

/**
 * Serves a real dApp origin (https://app.uniswap.org, …) from the local test site, path for path,
 * as the Chromium tests do with Playwright's route: the request is answered in the browser and never
 * leaves the machine. Anything else goes on as usual.
 */
export async function serveOrigin(page: Page, origin: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const failed = (error: unknown) => console.error(`Firefox test: ${request.url()} not handled`, error);
    if (url.origin !== origin) return void request.continue().catch(failed);
    void (async () => {
      const body = request.method() === 'POST' ? await request.fetchPostData() : undefined;
      const local = await fetch(`${SITE}${url.pathname}${url.search}`, { method: request.method(), headers: { 'content-type': 'application/json' }, body });
      await request.respond({ status: local.status, contentType: local.headers.get('content-type') ?? undefined, body: Buffer.from(await local.arrayBuffer()) });
    })().catch(failed);
  });
}

/** Opens the test dApp (a real viem wallet client over the test wallet) at `origin` and waits for its buttons. */
export async function openDapp(browser: Browser, origin: string, requests: string[]): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  recordRequests(page, requests);
  if (origin !== SITE) await serveOrigin(page, origin);
  await page.goto(`${origin}/dapp.html?wallet=window`);
  await page.waitForSelector('body[data-ready="true"]', WAIT);
  return page;
}

/** Clicks one of the test dApp's wallet actions and returns what the page got back. */
export async function act(page: Page, action: string): Promise<{ ok?: unknown; error?: { message: string } }> {
  await page.$eval(`#out-${action}`, (el) => void (el.textContent = ''));
  await page.click(`#${action}`);
  const out = await page.waitForFunction((id) => document.getElementById(id)?.textContent || null, WAIT, `out-${action}`);
  return JSON.parse((await out.jsonValue()) as string);
}

/**
 * The sidebar's frame in a page: the only frame the test dApp has. BiDi reports an extension
 * frame's URL as about:blank, so the frame itself is asked where it is.
 */
export async function sidebarFrame(page: Page, extensionUrl: string): Promise<Frame> {
  await page.waitForSelector('sextant-sidebar', WAIT);
  const frame = await page.waitForFrame((f) => f.parentFrame() === page.mainFrame(), WAIT);
  await frame.waitForFunction((url) => location.href === url && document.readyState === 'complete', WAIT, `${extensionUrl}sidebar.html`);
  return frame;
}
