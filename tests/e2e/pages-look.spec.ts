import AxeBuilder from '@axe-core/playwright';
import { test, type BrowserContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../../scripts/chromium/launch-chromium';
import { expect, serviceWorker } from './fixtures';

// The three extension pages after a history is imported, in English and Indonesian, light and dark:
// no serious or critical axe-core violations, and a screenshot of each kept for review.
async function importDemo(context: BrowserContext, extensionId: string, importLabel: RegExp): Promise<void> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const [chooser] = await Promise.all([popup.waitForEvent('filechooser'), popup.getByRole('button', { name: importLabel }).click()]);
  await chooser.setFiles({ name: 'demo.json', mimeType: 'application/json', buffer: await readFile('samples/demo-activity.json') });
  await expect(popup.locator('.file-actions .message.ok')).toBeVisible();
  // The personalised ranking, made with the model, has replaced the starter list.
  await expect(popup.locator('[data-list="personal"]:not([data-refining]) .reasons').first()).toContainText(/Because you|Karena Anda/, { timeout: 60_000 });
  await popup.close();
}

async function seriousViolations(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The smallest font size of any visible text on the page, and of any dApp name. */
const fontSizes = (page: Page) =>
  page.evaluate(() => {
    const sizes = (selector: string) =>
      [...document.querySelectorAll<HTMLElement>(selector)]
        .filter((el) => el.offsetParent !== null && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
        .filter((el) => !el.closest('.visually-hidden'))
        .map((el) => parseFloat(getComputedStyle(el).fontSize));
    return { text: Math.min(...sizes('body *')), names: Math.min(...sizes('.rec-name, .top-dapp-name')) };
  });

const PAGES = [
  { name: 'popup', width: 400, height: 600, ready: '.rec-card' },
  { name: 'newtab', width: 1280, height: 900, ready: '.share-bars li' },
  { name: 'options', width: 1000, height: 900, ready: '.setting-group input[type="radio"]' },
] as const;

for (const [locale, importLabel] of [['en', /^Import a file$/], ['id', /^Impor berkas$/]] as const) {
  test(`popup, new tab and settings pass axe in light and dark (${locale})`, async ({}, info) => {
    test.setTimeout(300_000);
    const browser = await launchChromium({ locale });
    try {
      const { context } = browser;
      const extensionId = new URL((await serviceWorker(context)).url()).host;
      await importDemo(context, extensionId, importLabel);
      for (const p of PAGES) {
        const page = await context.newPage();
        await page.setViewportSize({ width: p.width, height: p.height });
        await page.goto(`chrome-extension://${extensionId}/${p.name}.html`);
        await expect(page.locator(p.ready).first()).toBeVisible({ timeout: 60_000 });
        const sizes = await fontSizes(page);
        expect(sizes.text, `${p.name}: smallest text`).toBeGreaterThanOrEqual(12);
        if (p.name !== 'options') expect(sizes.names, `${p.name}: smallest dApp name`).toBeGreaterThanOrEqual(14);
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          expect(await seriousViolations(page), `${p.name} ${locale} ${scheme}`).toEqual([]);
          await page.screenshot({ path: info.outputPath(`${p.name}-${locale}-${scheme}.png`), fullPage: p.name !== 'popup' });
        }
        await page.close();
      }
    } finally {
      await browser.close();
    }
  });
}
