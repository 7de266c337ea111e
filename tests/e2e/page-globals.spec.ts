import { activityRows, expect, openPopup, SITE, test } from './fixtures';

test('the observer leaves no global behind: a page declaring the same top-level names still runs', async ({ context, extensionId }) => {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${SITE}/globals.html`);
  // The observer did run in this page: a wallet assigned later is watched, and its signature recorded.
  await page.evaluate(async () => {
    const request = async () => '0x' + '5'.repeat(130);
    (window as unknown as { ethereum: unknown }).ethereum = { request };
    window.dispatchEvent(new Event('ethereum#initialized'));
    await (window as unknown as { ethereum: { request(a: unknown): Promise<unknown> } }).ethereum.request({ method: 'personal_sign', params: ['0x00', '0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266'] });
  });
  const popup = await openPopup(context, extensionId);
  await expect(activityRows(popup).first()).toContainText('Sign message');
  expect(errors).toEqual([]);
  await expect(page.locator('body')).toHaveAttribute('data-ran', 'true');
  expect(await page.evaluate(() => ['providerObserver', 'pageRelay'].filter((name) => name in window))).toEqual([]);
});
