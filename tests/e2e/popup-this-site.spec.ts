import { act, expect, openDapp, SITE_HOST, serviceWorker, test } from './fixtures';

// The "pause on this site" switch needs the page's origin. Chromium hides a tab's URL from an
// extension without host access unless a toolbar click granted activeTab, so a popup opened any
// other way showed no switch; the popup now asks the page's own relay, which this test relies on
// (the dApp runs on 127.0.0.1, a host Sextant has no access to).
test('the popup for a page offers to pause that site, and the paused state leads the popup', async ({ context, extensionId }) => {
  const dapp = await openDapp(context);
  await act(dapp, 'connect');
  await dapp.bringToFront();
  const worker = await serviceWorker(context);
  const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!);
  expect(await worker.evaluate(async (id) => (await chrome.tabs.get(id)).url ?? null, tabId)).toBeNull();

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  const thisSite = popup.getByRole('region', { name: 'This site' });
  await expect(thisSite).toContainText(SITE_HOST);
  await thisSite.getByRole('switch', { name: 'Pause on this site' }).click();
  await expect(popup.locator('main > *').nth(1)).toHaveText(/Capture is paused on this site/);
  await popup.getByRole('button', { name: 'Resume' }).click();
  await expect(thisSite.getByRole('switch', { name: 'Pause on this site' })).not.toBeChecked();
  await expect(popup.getByText('Capture is paused on this site')).toHaveCount(0);
});

test('every site ever used can be paused, not only those in the latest activity', async ({ context, extensionId }) => {
  const connect = (origin: string, minute: number) => ({ time: new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString(), origin, chainId: 1, method: 'eth_requestAccounts', params: [] });
  // One old visit, then more recent events than the popup reads.
  const events = [connect('https://old.example', 0), ...Array.from({ length: 240 }, (_, i) => connect('https://app.aave.com', i + 1))];
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const [chooser] = await Promise.all([popup.waitForEvent('filechooser'), popup.getByRole('button', { name: 'Import a file' }).click()]);
  await chooser.setFiles({ name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'sextant.activity.v1', events })) });
  await expect(popup.locator('.file-actions .message.ok')).toBeVisible();
  await popup.getByText('Sites you used').click();
  await expect(popup.getByRole('switch', { name: 'Pause capture on old.example' })).toBeVisible();
  await expect(popup.getByRole('switch', { name: 'Pause capture on app.aave.com' })).toBeVisible();
});
