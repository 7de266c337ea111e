import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const count = (page: Page, id: string) => page.locator(`[data-count="${id}"] dd`);

async function chooseFile(page: Page, path: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import a file' }).click()]);
  await chooser.setFiles(path);
}

test('Your data: import twice adds nothing, export → delete everything → import restores activity, feedback and settings', async ({ context, extensionId }) => {
  // Eight steps that each wait on the background, recommendations included: more than one test's default budget on a loaded machine.
  test.setTimeout(300_000);
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/newtab.html`);
  const status = page.locator('.your-data .file-actions').getByRole('status');

  await chooseFile(page, 'samples/demo-activity.json');
  await expect(status).toContainText(/Imported \d+ new events; 0 were already there\./);
  // The counts are a live query: wait for them to show the import.
  await expect(count(page, 'events')).not.toHaveText('0');
  const events = Number(await count(page, 'events').textContent());
  expect(events).toBeGreaterThan(10);

  await chooseFile(page, 'samples/demo-activity.json');
  await expect(status).toContainText(`Imported 0 new events; ${events} were already there.`);
  await expect(count(page, 'events')).toHaveText(String(events));

  // Feedback given on a recommendation shows up for review, with its undo.
  const first = page.locator('.recommendations > li').first();
  const name = (await first.locator('.rec-name').textContent())!;
  await first.getByRole('button', { name: /Not interested/ }).click();
  await expect(page.locator('[data-feedback="not-interested"]')).toContainText(name);
  await expect(count(page, 'feedback')).toHaveText('1');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(exported.format).toBe('sextant.activity.v2');
  expect(exported.events).toHaveLength(events);
  expect(exported.userData.feedback.notInterested).toHaveLength(1);

  await page.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(`This deletes all ${events} activity events`);
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.locator('.your-data > .message')).toHaveText('Everything is deleted.');
  await expect(count(page, 'events')).toHaveText('0');
  await expect(count(page, 'feedback')).toHaveText('0');
  await expect(page.locator('.feedback-none')).toBeVisible();

  await chooseFile(page, (await download.path())!);
  await expect(status).toContainText(`Imported ${events} new events; 0 were already there.`);
  await expect(count(page, 'events')).toHaveText(String(events));
  await expect(count(page, 'feedback')).toHaveText('1');
  await expect(page.locator('[data-feedback="not-interested"]')).toContainText(name);

  await page.getByRole('button', { name: `Undo feedback on ${name}` }).click();
  await expect(count(page, 'feedback')).toHaveText('0');
});

test('Your data: an explorer CSV becomes activity once, and a bad file gets a clear message', async ({ context, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/newtab.html`);
  const status = page.locator('.your-data .file-actions').getByRole('status');

  await chooseFile(page, 'tests/fixtures/explorer/export-0x5e1b4cd1a2b5c8d47f9e6f3b2a1c0d9e8f7a6b5c.csv');
  await expect(status).toContainText(/Imported 5 new transactions; 0 were already there; 2 incoming or failed ones were left out\./);
  await expect(page.locator('[data-count="events"] dd')).toHaveText('5');
  await chooseFile(page, 'tests/fixtures/explorer/export-0x5e1b4cd1a2b5c8d47f9e6f3b2a1c0d9e8f7a6b5c.csv');
  await expect(status).toContainText('Imported 0 new transactions; 5 were already there');

  await chooseFile(page, 'package.json');
  await expect(status).toContainText('This is not a Sextant export');
  await expect(page.locator('[data-count="events"] dd')).toHaveText('5');
});
