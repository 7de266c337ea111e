import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, indonesianTest, openPopup, serviceWorker, test } from './fixtures';

// The bundled catalog's chains per dApp, read from its data files (Playwright's loader cannot import JSON modules).
const chainsOf = new Map(
  ['trading', 'defi', 'culture-tools'].flatMap((file) => (JSON.parse(readFileSync(`lib/catalog/data/${file}.json`, 'utf8')) as { id: string; chains: number[] }[]).map((d) => [d.id, d.chains] as const)),
);
const LINEA = 59144;
const popupIds = (popup: Page) => popup.locator('ol.recommendations > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-dapp')!));

// The settings page in light and dark, with its controls labelled (screenshots kept for review).
test('settings page is labelled and renders in light and dark', async ({ context, extensionId }, info) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Sextant settings' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'sextant-use-static-256' })).toBeChecked();
  await expect(page.getByLabel('Refresh URL')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Chains to consider' }).getByRole('radio', { name: /All chains/ })).toBeChecked();
  await expect(page.getByText(/Ready: \d+ dApps embedded/)).toBeVisible({ timeout: 60_000 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: info.outputPath(`settings-${scheme}.png`), fullPage: true });
  }
});

test('choosing the chains to consider, by keyboard, changes the popup’s recommendations; every chain brings them back', async ({ context, extensionId }, info) => {
  test.setTimeout(180_000);
  let popup = await openPopup(context, extensionId);
  await expect(popup.locator('ol.recommendations > li')).toHaveCount(5, { timeout: 60_000 });
  const before = await popupIds(popup);
  expect(before.every((id) => chainsOf.get(id)!.includes(LINEA))).toBe(false);
  await popup.close();

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const chains = page.getByRole('group', { name: 'Chains to consider' });
  const saved = page.locator('section[aria-labelledby="recommendations-title"]').getByRole('status');
  // Arrow keys move between the two radios and choose; Space ticks a box.
  await chains.getByRole('radio', { name: /All chains/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(chains.getByRole('radio', { name: 'Only the chains I choose' })).toBeChecked();
  await expect(saved).toHaveText('Saved.');
  // With no activity yet, "only" starts from the chain with the most dApps; it stays ticked while it is the only one.
  const ethereum = chains.getByRole('checkbox', { name: /^Ethereum\b/ });
  await expect(ethereum).toBeChecked();
  await expect(ethereum).toBeDisabled();
  await chains.getByRole('checkbox', { name: /^Linea\b/ }).focus();
  await page.keyboard.press('Space');
  await expect(chains.getByRole('checkbox', { name: /^Linea\b/ })).toBeChecked();
  await expect(saved).toHaveText('Saved.');
  await ethereum.focus();
  await page.keyboard.press('Space');
  await expect(ethereum).not.toBeChecked();
  await expect(saved).toHaveText('Saved.');
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id), scheme).toEqual([]);
  }
  await page.screenshot({ path: info.outputPath('settings-chains.png'), fullPage: true });

  // The background re-ranks once the choice is stored: the popup comes to recommend only dApps on Linea.
  popup = await openPopup(context, extensionId);
  await expect(popup.locator('ol.recommendations > li')).toHaveCount(5);
  await expect.poll(async () => (await popupIds(popup)).every((id) => chainsOf.get(id)!.includes(LINEA))).toBe(true);
  expect(await popupIds(popup)).not.toEqual(before);
  await popup.close();

  // Reloaded, the page shows what was stored.
  await page.reload();
  await expect(page.getByRole('group', { name: 'Chains to consider' }).getByRole('checkbox', { name: /^Linea\b/ })).toBeChecked();
  await page.getByRole('group', { name: 'Chains to consider' }).getByRole('radio', { name: /All chains/ }).check();
  await expect(saved).toHaveText('Saved.');
  popup = await openPopup(context, extensionId);
  await expect.poll(() => popupIds(popup)).toEqual(before);
});

test('a change shows as saved only once the background saved it; one it refuses leaves the stored value, with the reason in words', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const catalog = page.locator('section[aria-labelledby="catalog-title"]');
  const url = page.getByLabel('Refresh URL');
  const enable = page.getByRole('switch', { name: /^Refresh the catalog from this URL/ });
  await url.fill('https://catalog.example/protocols');
  await url.blur();
  await expect(catalog.getByRole('status')).toHaveText('Saved.');
  await enable.check();
  await expect(catalog.getByRole('status')).toHaveText('Saved.');

  // Refused by the background: the field keeps the typed address to correct it, marked, and nothing changed.
  await url.fill('http://catalog.example/protocols');
  await url.blur();
  await expect(catalog.getByRole('alert')).toHaveText('That address was not saved. Use an https address, or http on this computer, and give it before turning the refresh on.');
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(enable).toBeChecked();
  await page.reload();
  await expect(page.getByLabel('Refresh URL')).toHaveValue('https://catalog.example/protocols');
  await expect(page.getByRole('switch', { name: /^Refresh the catalog from this URL/ })).toBeChecked();

  // A value the page can tell is wrong is never sent.
  const halfLife = page.getByLabel('How fast old activity fades (half-life, days)');
  await halfLife.fill('0');
  await halfLife.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('That value was not saved. Use a whole number of days from 1 to 3650.');
  await page.reload();
  await expect(page.getByLabel('How fast old activity fades (half-life, days)')).toHaveValue('60');
  await expect(page.locator('main')).not.toContainText('"code"');
});

indonesianTest('the settings page speaks Indonesian, its chains setting too', async ({ indonesian }, info) => {
  const { context } = indonesian;
  const extensionId = new URL((await serviceWorker(context)).url()).host;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Pengaturan Sextant' })).toBeVisible();
  const chains = page.getByRole('group', { name: 'Jaringan yang dipertimbangkan' });
  await chains.getByRole('radio', { name: 'Hanya jaringan yang saya pilih' }).check();
  await expect(chains.getByRole('checkbox', { name: /^Ethereum \d+ dApp$/ })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Tersimpan.' }).first()).toBeVisible();
  const url = page.getByLabel('URL pembaruan', { exact: true });
  await url.fill('ftp://katalog.example');
  await url.blur();
  await expect(page.getByRole('alert').filter({ hasText: /^Alamat itu tidak disimpan/ })).toBeVisible();
  await page.screenshot({ path: info.outputPath('settings-id.png'), fullPage: true });
});
