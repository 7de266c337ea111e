import type { Page } from '@playwright/test';
import { act, expect, openDapp, openPopup, test } from './fixtures';

test('the popup recommends from real activity, with reasons, and feedback changes the list at once and persists', async ({ context, extensionId }, info) => {
  // No activity yet: a popular starter list and an invitation to describe what you want.
  let popup = await openPopup(context, extensionId);
  const items = popup.locator('ol.recommendations > li');
  await expect(items.first()).toBeVisible({ timeout: 60_000 });
  await expect(popup.getByText(/New here\?/)).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Describe what you want' })).toBeVisible();
  await popup.close();

  const dapp = await openDapp(context);
  await act(dapp, 'connect');
  await act(dapp, 'switchChain');
  await act(dapp, 'supplyAave');

  popup = await openPopup(context, extensionId);
  const recs = popup.locator('ol.recommendations > li');
  await expect(recs.first().locator('.reasons')).toContainText('Because you lend on Aave on Ethereum');
  await expect(popup.locator('ol.recommendations > li[data-dapp="aave"]')).toHaveCount(0);
  await expect(popup.getByText(/New here\?/)).toHaveCount(0);
  await popup.setViewportSize({ width: 440, height: 700 });
  await popup.screenshot({ path: info.outputPath('popup-recommendations.png') });

  const first = await recs.first().getAttribute('data-dapp');
  await recs.first().getByRole('button', { name: 'Not interested' }).click();
  await expect(popup.locator(`ol.recommendations > li[data-dapp="${first}"]`)).toHaveCount(0);

  const second = recs.first();
  const secondId = await second.getAttribute('data-dapp');
  await second.getByRole('button', { name: 'Like' }).click();
  await expect(popup.locator(`li[data-dapp="${secondId}"]`).getByRole('button', { name: 'Like' })).toHaveAttribute('aria-pressed', 'true');

  // Reopened, the popup shows the same feedback applied.
  await popup.close();
  popup = await openPopup(context, extensionId);
  await expect(popup.locator('ol.recommendations > li').first()).toBeVisible();
  await expect(popup.locator(`ol.recommendations > li[data-dapp="${first}"]`)).toHaveCount(0);
  await expect(popup.locator(`li[data-dapp="${secondId}"]`).getByRole('button', { name: 'Like' })).toHaveAttribute('aria-pressed', 'true');
});

test('the recency half-life is visible in settings and kept', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const field = options.getByLabel('How fast old activity fades (half-life, days)');
  await expect(field).toHaveValue('60');
  await field.fill('14');
  await field.press('Enter');
  // Saved once the background stored it (a page closed while it still says "Saving…" may lose the change).
  await expect(options.locator('section[aria-labelledby="recommendations-title"]').getByRole('status')).toHaveText('Saved.');
  await options.reload();
  await expect(options.getByLabel('How fast old activity fades (half-life, days)')).toHaveValue('14');
});

test('the new-tab page shows the same recommendations, grouped by interest', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/newtab.html`);
  await expect(page.getByRole('heading', { name: 'Recommended for you' })).toBeVisible();
  await expect(page.locator('ol.recommendations > li').first()).toBeVisible({ timeout: 60_000 });
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('ol.recommendations > li')).toHaveCount(5);
  const ids = (list: Page) => list.locator('ol.recommendations > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-dapp')));
  const onNewTab = await ids(page);
  // Every pick the popup shows is on the new tab, each dApp once across the interest rows.
  expect(onNewTab).toEqual(expect.arrayContaining(await ids(popup)));
  expect(new Set(onNewTab).size).toBe(onNewTab.length);
});
