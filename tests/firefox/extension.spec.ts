import { copyFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { Frame, Page } from 'puppeteer-core';
import { act, openDapp, sidebarFrame, SITE, WAIT } from './dapp-pages';
import { launchFirefox, type LaunchedFirefox } from './launch-firefox';

const UNISWAP = 'https://app.uniswap.org';

/** The visible text of every element matching `selector`, read in the page or frame. */
const texts = (where: Page | Frame, selector: string) => where.$$eval(selector, (els) => els.map((e) => (e as HTMLElement).innerText));

/** Saves a screenshot under the test's results and as the README's Firefox picture. */
async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage });
  await copyFile(path, `docs/screenshots/${name}.png`);
}

let firefox: LaunchedFirefox;
test.beforeAll(async () => {
  firefox = await launchFirefox();
});
test.afterAll(async () => {
  await firefox?.close();
});

// One session in real Firefox, as a person would go: a wallet used on two sites, the in-page sidebar,
// then the new tab and the popup it leads to, and the network watched the whole time.
test('in Firefox the built extension captures wallet use, shows the sidebar, and recommends from it in the new tab and popup, sending nothing anywhere', async () => {
  const { browser, extensionUrl, outside } = firefox;
  const requests: string[] = [];

  await test.step('a wallet used on a local dApp page is captured by the MAIN-world observer', async () => {
    const dapp = await openDapp(browser, SITE, requests);
    for (const action of ['connect', 'switchChain', 'supplyAave']) expect(await act(dapp, action), action).not.toHaveProperty('error');
    // An unknown site with no sidebar: the capture shows in the extension's pages below.
    await dapp.close();
  });

  let sidebar: Frame;
  let uniswap: Page;
  await test.step('the sidebar appears on a known dApp, names it and lists the actions as they happen', async () => {
    uniswap = await openDapp(browser, UNISWAP, requests);
    sidebar = await sidebarFrame(uniswap, extensionUrl);
    // Collapsed by default: a narrow handle at the page's right edge.
    const handle = await uniswap.$eval('sextant-sidebar', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(handle.width).toBeLessThanOrEqual(48);
    await (await sidebar.waitForSelector('button[aria-label="Open Sextant"]', WAIT))!.click();
    await sidebar.waitForSelector('main.sidebar', WAIT);
    expect(await texts(sidebar, 'main.sidebar #site-name')).toEqual(['Uniswap']);
    expect(await sidebar.$('[data-verdict="known"]')).not.toBeNull();

    // Used while the panel is open: the background tells the tab, and the panel shows each action.
    for (const action of ['connect', 'switchChain', 'approveUnlimited']) expect(await act(uniswap, action), action).not.toHaveProperty('error');
    await sidebar.waitForFunction(() => document.querySelectorAll('ol.site-actions > li').length === 3, WAIT);
    const [approval, , connect] = await texts(sidebar, 'ol.site-actions > li');
    // Newest first: the approval with its token, amount and spender, named.
    expect(approval).toMatch(/Token\s+USDC\s+Amount\s+Unlimited\s+Spender\s+Uniswap Permit2/);
    expect(connect).toContain('Connect');
    await sidebar.waitForFunction(() => document.querySelectorAll('ol.recommendations > li').length === 3, WAIT);
    await screenshot(uniswap, 'firefox-sidebar');
  });

  let tab: Page;
  await test.step('the sidebar opens the new tab, which recommends from the captured activity', async () => {
    const before = new Set(browser.targets());
    await (await sidebar.waitForSelector('main.sidebar footer a', WAIT))!.click();
    tab = (await (await browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), WAIT)).page())!;
    await tab.waitForFunction((url) => location.href === url, WAIT, `${extensionUrl}newtab.html`);
    await tab.bringToFront();
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.waitForFunction(() => [...document.querySelectorAll('ol.recommendations .reasons')].some((r) => r.textContent!.includes('Because you lend on Aave on Ethereum')), WAIT);
    const activity = await texts(tab, '.activity-groups .group-events > li');
    expect(activity.some((row) => row.includes('Supply on Aave'))).toBe(true);
    expect(activity.some((row) => row.includes('Unlimited USDC'))).toBe(true);
    await screenshot(tab, 'firefox-newtab', true);
  });

  await test.step('the popup page shows the same recommendations with their reasons', async () => {
    // The remote agent may not navigate to moz-extension:// itself; an extension page may.
    await tab.evaluate((url) => void (location.href = url), `${extensionUrl}popup.html`);
    await tab.waitForFunction((url) => location.href === url, WAIT, `${extensionUrl}popup.html`);
    // The size Firefox gives the toolbar popup.
    await tab.setViewport({ width: 400, height: 600 });
    await tab.waitForFunction(() => document.querySelectorAll('ol.recommendations > li').length === 5, WAIT);
    const reasons = await texts(tab, 'ol.recommendations > li .reasons');
    expect(reasons.join('\n')).toContain('Because you lend on Aave on Ethereum');
    // Aave is used already, so it is not recommended.
    expect(await tab.$('ol.recommendations > li[data-dapp="aave"]')).toBeNull();
    await screenshot(tab, 'firefox-popup');
  });

  await test.step('nothing left the machine', async () => {
    // What the web pages asked for (BiDi reports web pages' requests, not extension frames'): the local
    // site and the dApp origin, answered locally.
    expect(requests).toContain(`${UNISWAP}/dapp.html?wallet=window`);
    expect(requests.filter((url) => !url.startsWith(`${SITE}/`) && !url.startsWith(`${UNISWAP}/`))).toEqual([]);
    // And nothing from any context (web pages, extension pages and frames, the background, Firefox itself) reached the recorder.
    expect(outside.seen).toEqual([]);
    // The recorder is not blind: an extension page's fetch to an outside host is on its list.
    const probe = await tab.evaluate(() => fetch('https://probe.sextant.invalid/').then((r) => `answered ${r.status}`, () => 'refused'));
    expect(probe).toBe('refused');
    expect([...new Set(outside.seen)]).toEqual(['CONNECT probe.sextant.invalid:443']);
  });
});
