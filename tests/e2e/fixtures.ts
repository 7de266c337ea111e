import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { extensionWorker, launchChromium } from '../../scripts/chromium/launch-chromium';
import { SITE_PORT } from './site/ports.mjs';

export { CHROMIUM_ARGS, EXTENSION_DIR } from '../../scripts/chromium/launch-chromium';
export const SITE_HOST = `127.0.0.1:${SITE_PORT}`;
export const SITE = `http://${SITE_HOST}`;
/** The same server under another origin, for a second site. */
export const OTHER_SITE_HOST = `localhost:${SITE_PORT}`;
export const OTHER_SITE = `http://${OTHER_SITE_HOST}`;

export const launch = (withExtension: boolean) => launchChromium({ extensionDir: withExtension ? undefined : null });
export const serviceWorker = extensionWorker;

export const test = base.extend<{ context: BrowserContext; extensionId: string }>({
  context: async ({}, use) => {
    const browser = await launch(true);
    await use(browser.context);
    await browser.close();
  },
  extensionId: async ({ context }, use) => {
    await use(new URL((await serviceWorker(context)).url()).host);
  },
});

export const expect = test.expect;

/** Tests in a browser whose language is Indonesian: `indonesian` is that browser, with the extension loaded. */
export const indonesianTest = base.extend<{ indonesian: Awaited<ReturnType<typeof launchChromium>> }>({
  indonesian: async ({}, use) => {
    const browser = await launchChromium({ locale: 'id' });
    await use(browser);
    await browser.close();
  },
});

/** Opens the test dApp with a wallet installed the given way and waits until its buttons exist. */
export async function openDapp(context: BrowserContext, wallet = 'window', site = SITE): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site}/dapp.html?wallet=${wallet}`);
  await page.locator('body[data-ready="true"]').waitFor();
  return page;
}

/** Clicks an action button on the test dApp and returns what the page saw. */
export async function act(page: Page, action: string): Promise<{ ok?: unknown; error?: { code: number | null; message: string; name?: string } }> {
  const out = page.locator(`#out-${action}`);
  await out.evaluate((el) => (el.textContent = ''));
  await page.locator(`#${action}`).click();
  await expect(out).not.toHaveText('');
  return JSON.parse((await out.textContent())!);
}

/**
 * Stops the extension's service worker the way the browser does when it idles: only once it is
 * activated. Stopping it while it is still installing makes that version redundant, which no
 * idle stop ever does.
 */
export async function stopServiceWorker(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const activated = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && v.status === 'activated')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await activated;
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

/** The popup's and new tab's activity: one item per recorded event, newest first, inside groups by site and day. */
export const activityRows = (page: Page) => page.locator('.activity-groups .group-events > li');

export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

export interface ExportedEvent {
  time: string;
  origin: string | null;
  chainId: number | null;
  method: string;
  params: unknown[];
  outcome: { status: string; txHash?: string; accounts?: string[]; code?: number | null };
}

/** Reads every stored event the way a user would get them: the Export button (popup or new tab). */
export async function exportedEvents(popup: Page): Promise<ExportedEvent[]> {
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export everything' }).click()]);
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const file = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  expect(file.format).toBe('sextant.activity.v2');
  return file.events;
}
