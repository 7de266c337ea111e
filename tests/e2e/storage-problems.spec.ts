import { test as base } from '@playwright/test';
import { launchChromium } from '../../scripts/chromium/launch-chromium';
import { expect, serviceWorker, test } from './fixtures';

/**
 * What a newer Sextant does when it upgrades the database: opens it at a higher version. Every
 * open connection (this page's, the background's) is asked to close so the upgrade can proceed.
 */
const upgradeFromElsewhere = () =>
  new Promise<number>((resolve, reject) => {
    const request = indexedDB.open('sextant', 1000);
    request.onsuccess = () => {
      request.result.close();
      resolve(request.result.version);
    };
    request.onerror = () => reject(request.error);
  });

test('a database upgraded under an open page is said on that page, and recorded in Recent errors', async ({ context, extensionId }, info) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('radio', { name: 'sextant-use-static-256' })).toBeChecked();
  expect(await page.evaluate(upgradeFromElsewhere)).toBe(1000);

  const alert = page.getByRole('alert').filter({ hasText: 'Sextant was updated while this page was open; reload the page to keep going. Nothing was lost.' });
  await expect(alert).toBeVisible();
  await page.screenshot({ path: info.outputPath('storage-upgraded.png') });

  // The background recorded it (its own connection was asked to close too), and so did the page.
  const newTab = await context.newPage();
  await newTab.goto(`chrome-extension://${extensionId}/newtab.html`);
  await expect(newTab.locator('.recent-errors li').filter({ hasText: 'Sextant was updated while this page was open' })).toHaveCount(2);

  // Reloading is the way out: the page opens the upgraded database and says nothing more.
  await alert.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('radio', { name: 'sextant-use-static-256' })).toBeChecked();
  await expect(page.locator('.storage-alert')).toHaveCount(0);
});

const indonesian = base.extend<{ indonesianBrowser: Awaited<ReturnType<typeof launchChromium>> }>({
  indonesianBrowser: async ({}, use) => {
    const launched = await launchChromium({ locale: 'id' });
    await use(launched);
    await launched.close();
  },
});

indonesian('the same problem is said in Indonesian', async ({ indonesianBrowser }) => {
  const { context } = indonesianBrowser;
  const extensionId = new URL((await serviceWorker(context)).url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.locator('html')).toHaveAttribute('lang', /^id/);
  await expect(page.getByRole('heading', { name: 'Aktivitas terbaru' })).toBeVisible();
  await page.evaluate(upgradeFromElsewhere);
  const alert = page.getByRole('alert').filter({ hasText: 'Sextant diperbarui saat halaman ini terbuka' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Muat ulang' })).toBeVisible();
});
