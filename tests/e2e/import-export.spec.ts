import { readFile } from 'node:fs/promises';
import { act, activityRows, expect, exportedEvents, openDapp, openPopup, SITE, test } from './fixtures';

test('imports a valid activity file, rejects a malformed one without changing anything, and exports both', async ({ context, extensionId }) => {
  const dapp = await openDapp(context);
  await act(dapp, 'connect');
  const popup = await openPopup(context, extensionId);
  const rows = activityRows(popup);
  await expect(rows).toHaveCount(1);

  const importFile = async (path: string) => {
    const [chooser] = await Promise.all([popup.waitForEvent('filechooser'), popup.getByRole('button', { name: 'Import a file' }).click()]);
    await chooser.setFiles(path);
  };

  await importFile('tests/fixtures/activity-malformed.json');
  await expect(popup.locator('.file-actions').getByRole('status')).toContainText('2 of 3 events are invalid, so nothing was imported. Event 2:');
  await expect(popup.locator('.file-actions').getByRole('status')).toContainText('the chain is not a positive whole decimal number');
  await expect(rows).toHaveCount(1);

  await importFile('tests/fixtures/activity-sample.json');
  await expect(popup.locator('.file-actions').getByRole('status')).toContainText('Imported 3 new events; 0 were already there.');
  await expect(rows).toHaveCount(4);
  await expect(popup.locator('.activity-groups')).toContainText('app.uniswap.org');
  await expect(popup.locator('.activity-groups')).toContainText('Arbitrum');

  const exported = await exportedEvents(popup);
  const sample = JSON.parse(await readFile('tests/fixtures/activity-sample.json', 'utf8')).events;
  const imported = exported.filter((e) => e.origin !== SITE);
  expect(imported.map(({ time, origin, chainId, method, params }) => ({ time, origin, chainId, method, params }))).toEqual(
    sample.map(({ time, origin, chainId, method, params }: Record<string, unknown>) => ({ time: new Date(time as string).toISOString(), origin, chainId, method, params })),
  );
});
