import { act, activityRows, expect, exportedEvents, openDapp, openPopup, OTHER_SITE, OTHER_SITE_HOST, SITE, SITE_HOST, stopServiceWorker, test } from './fixtures';

test('pausing a site or everything stops capture there, and resuming starts it again', async ({ context, extensionId }) => {
  const dapp = await openDapp(context);
  const other = await openDapp(context, 'window', OTHER_SITE);
  await act(dapp, 'connect');
  await act(other, 'connect');

  const popup = await openPopup(context, extensionId);
  await expect(activityRows(popup)).toHaveCount(2);
  await popup.getByText('Sites you used').click();
  await popup.getByRole('switch', { name: `Pause capture on ${SITE_HOST}` }).click();
  await expect(popup.getByRole('switch', { name: `Pause capture on ${SITE_HOST}` })).toBeChecked();
  await act(dapp, 'signTyped');
  await act(other, 'signTyped');
  await expect(activityRows(popup)).toHaveCount(3);
  await expect(activityRows(popup).first()).toHaveAttribute('data-site', OTHER_SITE_HOST);

  await popup.getByRole('switch', { name: 'Pause capture everywhere' }).click();
  await expect(popup.getByRole('switch', { name: 'Pause capture everywhere' })).toBeChecked();
  await expect(popup.getByRole('status').filter({ hasText: 'Capture is paused' })).toBeVisible();
  const dropsBefore = await popup.locator('details.drops summary').textContent();
  await act(other, 'personalSign');
  // Wait until the background has seen and dropped it (request and outcome) before resuming.
  await expect(popup.locator('details.drops summary')).not.toHaveText(dropsBefore!);
  await popup.getByRole('switch', { name: 'Pause capture everywhere' }).click();
  await expect(popup.getByRole('switch', { name: 'Pause capture everywhere' })).not.toBeChecked();
  await popup.getByRole('switch', { name: `Pause capture on ${SITE_HOST}` }).click();
  await expect(popup.getByRole('switch', { name: `Pause capture on ${SITE_HOST}` })).not.toBeChecked();
  await act(dapp, 'personalSign');
  await expect(activityRows(popup)).toHaveCount(4);
  await expect(activityRows(popup).first()).toHaveAttribute('data-site', SITE_HOST);

  const events = await exportedEvents(popup);
  expect(events.map((e) => `${e.origin} ${e.method}`)).toEqual([
    `${SITE} eth_requestAccounts`,
    `${OTHER_SITE} eth_requestAccounts`,
    `${OTHER_SITE} eth_signTypedData_v4`,
    `${SITE} personal_sign`,
  ]);
});

test('actions taken while the service worker is stopped are not lost', async ({ context, extensionId }) => {
  const dapp = await openDapp(context);
  await act(dapp, 'connect');
  await stopServiceWorker(context, dapp, extensionId);
  const tx = await act(dapp, 'sendTx');

  const popup = await openPopup(context, extensionId);
  await expect(activityRows(popup)).toHaveCount(2);
  await expect(activityRows(popup).first()).toHaveAttribute('data-tx', tx.ok as string);
});

test('actions are not lost when the page is closed right after them while the service worker is stopped', async ({ context, extensionId }) => {
  const dapp = await openDapp(context);
  await act(dapp, 'connect');
  const popup = await openPopup(context, extensionId);
  await expect(activityRows(popup)).toHaveCount(1);

  // Left just after the wallet answered: the outcome must arrive too, not stay pending.
  await stopServiceWorker(context, dapp, extensionId);
  const tx = await act(dapp, 'sendTx');
  await dapp.close();
  await expect(activityRows(popup)).toHaveCount(2);
  await expect(activityRows(popup).first()).toHaveAttribute('data-tx', tx.ok as string);

  // Left while the wallet's prompt is still open: the request is kept. The page first asks for its
  // account, so it is left once its signature request has reached the wallet, which never answers.
  const again = await context.newPage();
  await again.goto(`${SITE}/dapp.html?wallet=window&hold`);
  await again.locator('body[data-ready="true"]').waitFor();
  await stopServiceWorker(context, again, extensionId);
  await again.locator('#personalSign').click();
  await again.locator('body[data-wallet-asked="personal_sign"]').waitFor();
  await again.close();
  await expect(activityRows(popup)).toHaveCount(3);
  await expect(activityRows(popup).first()).toContainText('Sign message');
});
