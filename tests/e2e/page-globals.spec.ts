import { expect, SITE, test } from './fixtures';

test('the observer leaves no global behind: a page declaring the same top-level names still runs', async ({ context }) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${SITE}/globals.html`);
  // The observer did run in this page (it instruments providers assigned later): the wrapper replaces request.
  await page.evaluate(() => {
    const request = async () => null;
    (window as unknown as { ethereum: unknown }).ethereum = { request };
    window.dispatchEvent(new Event('ethereum#initialized'));
  });
  await expect.poll(() => page.evaluate(() => String((window as unknown as { ethereum: { request: unknown } }).ethereum.request).includes('async () => null'))).toBe(false);
  expect(errors).toEqual([]);
  await expect(page.locator('body')).toHaveAttribute('data-ran', 'true');
  expect(await page.evaluate(() => ['providerObserver', 'pageRelay'].filter((name) => name in window))).toEqual([]);
});
