import type { BrowserContext } from '@playwright/test';
import { act, activityRows, expect, openDapp, openPopup, SITE, test } from './fixtures';

const REAL = 'https://app.uniswap.org';
const LOOKALIKE = 'https://app.uniswap-claim.xyz';

/** Serves the local test dApp, and its RPC proxy, under a real https origin: nothing leaves the machine. */
async function serveAs(context: BrowserContext, origin: string): Promise<void> {
  await context.route(`${origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${SITE}${url.pathname}${url.search}` }) });
  });
}

// The popup's verdict line reads the active tab's URL, which only the toolbar click grants
// (activeTab); a popup opened as a tab cannot see it, so this test checks the recorded activity.
test('an unlimited approval on a lookalike is shown as on that site, never credited to Uniswap', async ({ context, extensionId }) => {
  await serveAs(context, REAL);
  await serveAs(context, LOOKALIKE);

  const real = await openDapp(context, 'window', REAL);
  expect(await act(real, 'approveUnlimited')).toHaveProperty('ok');
  const fake = await openDapp(context, 'window', LOOKALIKE);
  expect(await act(fake, 'approveUnlimited')).toHaveProperty('ok');

  const popup = await openPopup(context, extensionId);
  const rows = activityRows(popup);
  await expect(rows).toHaveCount(2);
  // Newest first: the lookalike's approval names the site and what it imitates, never "on Uniswap".
  await expect(rows.first()).toContainText('on uniswap-claim.xyz — looks like Uniswap');
  await expect(rows.first()).not.toContainText('Unlimited approval on Uniswap');
  await expect(rows.first().getByRole('img', { name: 'This site imitates a known dApp. Do not approve or sign anything here.' })).toBeVisible();
  // The local chain's token is in no token list, so the approval keeps its plain wording.
  await expect(rows.nth(1)).toContainText('Unlimited approval on Uniswap');
  await expect(rows.nth(1)).not.toContainText('looks like');
});
