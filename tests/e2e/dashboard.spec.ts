import { expect, test } from './fixtures';

test('the new tab pictures the profile, and a most used dApp opens its own activity', async ({ context, extensionId }) => {
  // The personal ranking waits for the catalog to be embedded, which takes minutes on a loaded 2-core machine.
  test.setTimeout(300_000);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const [chooser] = await Promise.all([popup.waitForEvent('filechooser'), popup.getByRole('button', { name: 'Import a file' }).click()]);
  await chooser.setFiles('samples/demo-activity.json');
  await expect(popup.locator('.file-actions .message.ok')).toBeVisible();

  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/newtab.html`);
  await expect(page.getByRole('list', { name: 'What you do' })).toContainText('Lending', { timeout: 60_000 });
  await expect(page.getByRole('list', { name: 'Where you do it' })).toContainText('Base');
  await expect(page.getByRole('img', { name: /actions in the last 52 weeks/ })).toBeVisible();
  // One "For you" row per interest the ranking's reasons name.
  await expect(page.getByRole('region', { name: 'Because you lend' })).toBeVisible({ timeout: 200_000 });

  await page.getByRole('button', { name: /^Moonwell/ }).click();
  await expect(page.getByRole('heading', { name: 'Activity on Moonwell' })).toBeVisible();
  const hosts = await page.locator('.activity-groups .group-site').allTextContents();
  expect(hosts.length).toBeGreaterThan(0);
  await expect(page.locator('.activity-groups')).not.toContainText('Aave');
  await page.getByRole('button', { name: 'Show all activity' }).click();
  await expect(page.locator('.activity-groups')).toContainText('Aave');
  // An approval made outside any page names its spender from the catalog, as the popup does.
  await expect(page.locator('.activity-groups')).toContainText('Approve 0.41 WETH for Aave v3 Pool (Base)');
});

test('a search can be filtered by category and left again for the recommendations', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/newtab.html`);
  await page.getByRole('searchbox', { name: 'Describe what you want to do' }).fill('swap tokens or lend them');
  await page.getByRole('button', { name: 'Search' }).click();
  const results = page.locator('ol.results > li');
  await expect(results.first()).toBeVisible({ timeout: 60_000 });
  const filters = page.getByRole('group', { name: 'Filter by category' });
  await filters.getByRole('button', { name: 'Lending' }).click();
  await expect(filters.getByRole('button', { name: 'Lending' })).toHaveAttribute('aria-pressed', 'true');
  for (const badge of await results.locator('.badge.category').allTextContents()) expect(badge).toBe('Lending');
  await page.getByRole('button', { name: 'Back to recommendations' }).click();
  await expect(page.getByRole('heading', { name: 'Recommended for you' })).toBeVisible();
  await expect(results).toHaveCount(0);
});

test('the new tab can hand over to the browser’s own, and come back', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const setting = options.getByRole('switch', { name: 'Show Sextant on new tabs' });
  // The switch moves at once; the change counts once the page says it is saved.
  const saved = options.locator('section[aria-labelledby="pages-title"]').getByRole('status');
  await expect(setting).toBeChecked();
  await setting.click();
  await expect(setting).not.toBeChecked();
  await expect(saved).toHaveText('Saved.');

  const tab = await context.newPage();
  await tab.goto(`chrome-extension://${extensionId}/newtab.html`);
  await expect(tab).toHaveURL('chrome://new-tab-page/');
  // The popup's links carry a hash, so the dashboard stays reachable.
  await tab.goto(`chrome-extension://${extensionId}/newtab.html#activity`);
  await expect(tab.getByRole('heading', { name: 'Your profile' })).toBeVisible();

  await setting.click();
  await expect(setting).toBeChecked();
  await expect(saved).toHaveText('Saved.');
  const again = await context.newPage();
  await again.goto(`chrome-extension://${extensionId}/newtab.html`);
  await expect(again.getByRole('searchbox', { name: 'Describe what you want to do' })).toBeVisible();
});

test('settings say what failed in plain words and keep the last saved value', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const url = options.getByLabel('Refresh URL');
  await url.fill('ftp://example.org/protocols');
  await url.blur();
  await options.getByRole('switch', { name: /Refresh the catalog from this URL/ }).click();
  const alert = options.getByRole('alert');
  await expect(alert).toHaveText('That address was not saved. Use an https address, or http on this computer, and give it before turning the refresh on.');
  await expect(options.getByRole('switch', { name: /Refresh the catalog from this URL/ })).not.toBeChecked();
  await expect(options.locator('main')).not.toContainText('"code"');
  await expect(options.getByRole('heading', { name: 'Language' })).toBeVisible();
  await expect(options.getByText(/Sextant follows your browser’s language/)).toBeVisible();
});
