import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { launchChromium } from '../../scripts/chromium/launch-chromium';
import { act, expect, test } from './fixtures';
import { expandSidebar, openDappAt, sidebarFrame } from './sidebar-helpers';

const LOOKALIKE = 'https://app.uniswap-claim.xyz';
const UNISWAP = 'https://app.uniswap.org';
const BENIGN = 'https://recipes.example.org';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

test.setTimeout(240_000);

/** Serious and critical axe-core findings in a frame; axe is injected over CDP, which the extension's CSP does not block. */
async function axeViolations(frame: Frame): Promise<string[]> {
  await frame.evaluate(axeSource);
  const result = await frame.evaluate(() => (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run());
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

test('on a lookalike the sidebar opens with the alert, and the activity is not credited to the real dApp', async ({ context }) => {
  const page = await openDappAt(context, LOOKALIKE);
  const frame = await sidebarFrame(page);
  // Opened by the warning, without the person asking.
  const alert = frame.getByRole('alert');
  await expect(alert).toContainText('uniswap-claim.xyz');
  await expect(alert).toContainText('Uniswap');
  for (const action of ['connect', 'switchChain', 'approveStranger']) await act(page, action);
  const rows = frame.locator('ol.site-actions > li');
  await expect(rows).toHaveCount(3);
  await expect(rows.first().locator('.grant')).toContainText('unknown contract');
  // Said as what it is: never "… on Uniswap".
  for (const row of await rows.all()) await expect(row.locator('.action-label')).not.toContainText(/on Uniswap/);
  await expect(frame.locator('main.sidebar .site-identity h2')).toHaveText('app.uniswap-claim.xyz');
  expect(await axeViolations(frame)).toEqual([]);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await shoot(page, `sidebar-lookalike-en-${scheme}`);
  }
});

test('a hostile page walking its DOM, shadow roots and frames finds nothing from the person\'s history; the sidebar is axe-clean', async ({ context }) => {
  const uniswap = await openDappAt(context, UNISWAP);
  for (const action of ['connect', 'switchChain', 'approveUnlimited']) await act(uniswap, action);
  const page = await openDappAt(context, BENIGN);
  await act(page, 'connect');
  const frame = await sidebarFrame(page);
  await shoot(page, 'sidebar-collapsed-en-light');
  await expandSidebar(frame);
  // The sidebar does show history-derived text (a recommendation's reason names Uniswap), so the probe below can fail.
  await expect(frame.locator('ol.recommendations .reasons')).toContainText(['Uniswap'], { timeout: 60_000 });

  const found = await page.evaluate(async (secrets) => {
    const texts: string[] = [];
    const walk = (root: Document | ShadowRoot | Element) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        texts.push(el.outerHTML, ...el.getAttributeNames().map((n) => el.getAttribute(n) ?? ''));
        if (el.shadowRoot) walk(el.shadowRoot);
        if (el instanceof HTMLIFrameElement) {
          try {
            if (el.contentDocument) walk(el.contentDocument);
          } catch (e) {
            texts.push(String(e));
          }
        }
      }
    };
    walk(document);
    texts.push(document.documentElement.innerText, document.title, location.href);
    // Every window the page can reach, including the sidebar's (through window.frames, not the closed root).
    const replies: unknown[] = [];
    addEventListener('message', (e) => replies.push(e.data));
    for (let i = 0; i < window.frames.length; i++) {
      const w = window.frames[i]!;
      try {
        texts.push(w.document.documentElement.outerHTML);
      } catch (e) {
        texts.push(String(e));
      }
      for (const probe of ['hello', { type: 'sextant' }, { type: 'getState' }]) w.postMessage(probe, '*');
    }
    const host = document.querySelector('sextant-sidebar');
    texts.push(String(host?.shadowRoot), host?.getAttribute('style') ?? '');
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 500)));
    texts.push(JSON.stringify(replies));
    const all = texts.join('\n');
    return { hits: secrets.filter((s) => all.toLowerCase().includes(s.toLowerCase())), frames: window.frames.length, hasHost: host !== null, shadow: host?.shadowRoot ?? null };
  }, ['Uniswap', 'Permit2', 'app.uniswap.org', 'recommend']);
  expect(found.hasHost).toBe(true);
  // A frame inside a shadow tree is not one of the page's window.frames: the page cannot even reach the sidebar's window.
  expect(found.frames).toBe(0);
  expect(found.shadow).toBeNull();
  expect(found.hits).toEqual([]);

  expect(await axeViolations(frame)).toEqual([]);
  await shoot(page, 'sidebar-expanded-en-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await shoot(page, 'sidebar-expanded-en-dark');
});

test('the sidebar in Indonesian, light and dark, with no serious accessibility findings', async () => {
  const browser = await launchChromium({ locale: 'id' });
  try {
    const page = await openDappAt(browser.context, LOOKALIKE);
    const frame = await sidebarFrame(page);
    await expect(frame.getByRole('alert')).toBeVisible();
    await expect(frame.locator('main.sidebar h2#actions-title')).toHaveText(/Tindakan Anda di sini/i);
    expect(await axeViolations(frame)).toEqual([]);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await shoot(page, `sidebar-lookalike-id-${scheme}`);
    }
  } finally {
    await browser.close();
  }
});
