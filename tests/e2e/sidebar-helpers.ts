import type { BrowserContext, Frame, Page } from '@playwright/test';
import { expect, SITE } from './fixtures';

/** Serves a real dApp origin (https://app.uniswap.org, …) from the local test site, path for path; nothing reaches the network. */
export async function serveOrigin(context: BrowserContext, origin: string): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${SITE}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
}

/** Opens the test dApp (with the test wallet) under the given origin. */
export async function openDappAt(context: BrowserContext, origin: string): Promise<Page> {
  await serveOrigin(context, origin);
  const page = await context.newPage();
  await page.goto(`${origin}/dapp.html?wallet=window`);
  await page.locator('body[data-ready="true"]').waitFor();
  return page;
}

/** The sidebar's frame in the page (it sits in a closed shadow root, so only the browser's frame tree reaches it). */
export async function sidebarFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().endsWith('/sidebar.html'))).toBe(true);
  return page.frames().find((f) => f.url().endsWith('/sidebar.html'))!;
}

/** The sidebar host's size on the page, which is all the page can see of it. */
export function hostBox(page: Page) {
  return page.locator('sextant-sidebar').boundingBox();
}

/** Opens the sidebar from its handle and waits for the panel. */
export async function expandSidebar(frame: Frame, name = 'Open Sextant'): Promise<void> {
  await frame.getByRole('button', { name }).click();
  await frame.locator('main.sidebar').waitFor();
}
