import { expect, test } from './fixtures';

// The settings page in light and dark, with its controls labelled (screenshots kept for review).
test('settings page is labelled and renders in light and dark', async ({ context, extensionId }, info) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Sextant settings' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'sextant-use-static-256' })).toBeChecked();
  await expect(page.getByLabel('Refresh URL')).toBeVisible();
  await expect(page.getByText(/Ready: \d+ dApps embedded/)).toBeVisible({ timeout: 60_000 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: info.outputPath(`settings-${scheme}.png`), fullPage: true });
  }
});
