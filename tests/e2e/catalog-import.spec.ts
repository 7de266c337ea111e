import { expect, SITE, test } from './fixtures';

const SUMMARY = 'Added gyroscope-protocol, sturdy; already known 2; skipped 5.';

test('imports a DefiLlama file into the catalog and finds the new dApps by search', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const [chooser] = await Promise.all([options.waitForEvent('filechooser'), options.getByRole('button', { name: 'Import a DefiLlama protocols file' }).click()]);
  await chooser.setFiles('tests/fixtures/defillama-protocols.json');
  await expect(options.getByRole('status').filter({ hasText: 'Added' })).toHaveText(SUMMARY);

  const newtab = await context.newPage();
  await newtab.goto(`chrome-extension://${extensionId}/newtab.html`);
  await newtab.getByRole('searchbox').fill('gyroscope concentrated liquidity pools for stablecoins on balancer');
  await newtab.getByRole('button', { name: 'Search' }).click();
  await expect(newtab.locator('ol.results li[data-dapp="gyroscope-protocol"]')).toBeVisible({ timeout: 60_000 });
  await expect(newtab.locator('li[data-dapp="gyroscope-protocol"] a')).toHaveAttribute('href', 'https://app.gyro.finance');
});

test('the catalog refresh is off by default and fetches only the URL the user gives, once turned on', async ({ context, extensionId }) => {
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const enable = options.getByRole('switch', { name: /Refresh the catalog from this URL/ });
  await expect(enable).not.toBeChecked();
  await expect(options.getByRole('button', { name: 'Refresh now' })).toBeDisabled();

  await options.getByLabel('Refresh URL').fill(`${SITE}/defillama-protocols.json`);
  await enable.click();
  await expect(enable).toBeChecked();
  await options.getByRole('button', { name: 'Refresh now' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Added' })).toHaveText(SUMMARY);

  const outside = requests.filter((u) => !u.startsWith(`chrome-extension://${extensionId}/`));
  expect(outside).toEqual([`${SITE}/defillama-protocols.json`]);
});
