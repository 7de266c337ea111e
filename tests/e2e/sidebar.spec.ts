import { act, activityRows, expect, openPopup, test } from './fixtures';
import { expandSidebar, hostBox, openDappAt, sidebarFrame } from './sidebar-helpers';

const UNISWAP = 'https://app.uniswap.org';
const AAVE = 'https://app.aave.com';

// Two dApp sessions, a first ranking with the model loaded, and the popup: slow on two shared cores.
test.setTimeout(240_000);

test('on a known dApp the sidebar names the site, lists the actions with token and spender, and its feedback reaches the popup', async ({ context, extensionId }) => {
  const page = await openDappAt(context, UNISWAP);
  const frame = await sidebarFrame(page);
  // Collapsed by default: a narrow handle at the right edge that leaves the page's controls free.
  const handle = (await hostBox(page))!;
  expect(handle.width).toBeLessThanOrEqual(48);
  expect(handle.x + handle.width).toBeGreaterThanOrEqual(page.viewportSize()!.width - 1);
  await expect(frame.getByRole('button', { name: 'Open Sextant' })).toBeVisible();

  for (const action of ['connect', 'switchChain', 'signAllowance', 'approveUnlimited', 'approveStranger']) await act(page, action);
  const aave = await openDappAt(context, AAVE);
  for (const action of ['connect', 'switchChain', 'supplyAave']) await act(aave, action);
  await aave.close();

  await expandSidebar(frame);
  await expect.poll(async () => (await hostBox(page))!.width).toBeGreaterThan(300);
  const panel = frame.locator('main.sidebar');
  await expect(panel.getByRole('heading', { name: 'Uniswap' })).toBeVisible();
  await expect(panel.locator('.site-facts')).toHaveText(/^Exchange · Ethereum, .+…$/);
  await expect(panel.locator('[data-verdict="known"]')).toBeVisible();

  // Newest first: the approval to a stranger, flagged, then the unlimited approval to Permit2, named.
  const actions = panel.locator('ol.site-actions > li');
  await expect(actions).toHaveCount(5);
  await expect(actions.nth(0)).toContainText('Unlimited USDC to 0x5555…5555');
  await expect(actions.nth(0).locator('.grant')).toContainText('Spender0x5555…5555 ⚠ unknown contract');
  await expect(actions.nth(1)).toContainText('Unlimited USDC to Uniswap Permit2');
  await expect(actions.nth(1).locator('.grant')).toContainText('AmountUnlimited');
  await expect(actions.nth(1).locator('.grant')).toContainText('SpenderUniswap Permit2');
  await expect(actions.nth(1).locator('.grant .flag')).toHaveCount(0);
  await expect(actions.nth(1).locator('.grant dd').first()).toHaveAttribute('title', '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48');
  // The bundled token list names it.
  await expect(actions.nth(1).locator('.grant')).toContainText('TokenUSDC');
  // The Permit2 signature: what it allows, to whom, until when.
  await expect(actions.nth(2).locator('.grant')).toContainText('AmountUnlimited');
  await expect(actions.nth(2).locator('.grant')).toContainText('TokenUSDC');
  await expect(actions.nth(2).locator('.grant')).toContainText('SpenderUniswap Universal Router');
  await expect(actions.nth(2).locator('.grant')).toContainText(`Expires${new Date(1_900_000_000_000).toLocaleDateString('en', { dateStyle: 'medium' })}`);
  await expect(actions.nth(4)).toContainText('Connect');

  // Three recommendations with reasons, none of them the site itself.
  const recs = panel.locator('ol.recommendations > li');
  await expect(recs).toHaveCount(3, { timeout: 60_000 });
  for (const rec of await recs.all()) await expect(rec.locator('.reasons li').first()).not.toBeEmpty();
  await expect(panel.locator('ol.recommendations > li[data-dapp="uniswap"]')).toHaveCount(0);
  await expect(panel.getByRole('link', { name: /new tab/ })).toHaveAttribute('href', `chrome-extension://${extensionId}/newtab.html`);

  // Feedback given in the sidebar is the user's feedback everywhere: a Like shows for review in the new
  // tab, and a dApp marked not interested leaves the sidebar and never shows in the popup.
  // Once the model's ranking has replaced the first one (the popup marks the list it shows), only
  // this feedback re-ranks; each click goes by id, and after the list has settled.
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('section[data-list="personal"]:not([data-refining])')).toBeVisible({ timeout: 120_000 });
  // The sidebar, open since before, is told of the model's ranking and shows it too.
  await expect(panel.locator('section[aria-labelledby="related-title"]:not([data-refining])')).toBeVisible();
  const dropped = (await recs.first().getAttribute('data-dapp'))!;
  await panel.locator(`ol.recommendations > li[data-dapp="${dropped}"]`).getByRole('button', { name: /Not interested/ }).click();
  await expect(panel.locator(`ol.recommendations > li[data-dapp="${dropped}"]`)).toHaveCount(0);
  await expect(recs).toHaveCount(3);
  const likedId = (await recs.first().getAttribute('data-dapp'))!;
  const likedName = (await panel.locator(`ol.recommendations > li[data-dapp="${likedId}"] .rec-name`).textContent())!;
  await panel.locator(`ol.recommendations > li[data-dapp="${likedId}"]`).getByRole('button', { name: 'Like' }).click();
  const newtab = await context.newPage();
  await newtab.goto(`chrome-extension://${extensionId}/newtab.html`);
  await expect(newtab.locator('[data-feedback="liked"]')).toContainText(likedName);
  await expect(newtab.locator('[data-feedback="not-interested"]')).not.toHaveCount(0);
  await popup.reload();
  await expect(popup.locator('ol.recommendations > li')).toHaveCount(5, { timeout: 60_000 });
  await expect(popup.locator(`ol.recommendations > li[data-dapp="${dropped}"]`)).toHaveCount(0);

  // Escape closes it; the open/closed state is remembered for the site.
  await panel.getByRole('button', { name: /Close Sextant/ }).focus();
  await page.keyboard.press('Escape');
  await expect(frame.getByRole('button', { name: 'Open Sextant' })).toBeFocused();
  await expect.poll(async () => (await hostBox(page))!.width).toBeLessThanOrEqual(48);
  await expandSidebar(frame);
  await page.reload();
  const again = await sidebarFrame(page);
  await expect(again.locator('main.sidebar')).toBeVisible();
  await expect.poll(async () => (await hostBox(page))!.width).toBeGreaterThan(300);
});

test('the sidebar stays off a plain page, appears once a wallet is used there, and settings turn it off', async ({ context, extensionId }) => {
  const page = await openDappAt(context, 'https://recipes.example.org');
  // An unknown site: nothing until the page talks to a wallet.
  await expect(page.locator('sextant-sidebar')).toHaveCount(0);
  await act(page, 'connect');
  const frame = await sidebarFrame(page);
  await expandSidebar(frame);
  await expect(frame.locator('main.sidebar .site-identity')).toContainText('Not in Sextant\'s catalog');

  // Hide on this site: the frame goes, and the settings page lists the site to turn it back on.
  // The click removes the frame it happens in, so Playwright must not wait on it: the frame clicks its own button after evaluate returns.
  await expect(frame.getByRole('button', { name: 'Hide on this site' })).toBeVisible();
  await frame.evaluate(() => setTimeout(() => document.querySelector<HTMLButtonElement>('header button.link')!.click()));
  await expect(page.locator('sextant-sidebar')).toHaveCount(0);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const here = options.getByRole('switch', { name: 'Show on recipes.example.org' });
  await expect(here).not.toBeChecked();
  await here.click();
  await expect(here).toHaveCount(0);
  // The switch moves at once; the change counts once the page says it is saved.
  const everywhere = options.getByRole('switch', { name: /Show the sidebar/ });
  await everywhere.click();
  await expect(everywhere).not.toBeChecked();
  await expect(options.locator('section[aria-labelledby="sidebar-title"]').getByRole('status')).toHaveText('Saved.');

  const uniswap = await openDappAt(context, UNISWAP);
  await act(uniswap, 'connect');
  // Off everywhere: not even on a known dApp with a wallet. The relay's batch has been handled once the popup lists it.
  const popup = await openPopup(context, extensionId);
  await expect(activityRows(popup).and(popup.locator('[data-site="app.uniswap.org"]')).first()).toBeVisible();
  await uniswap.reload();
  await uniswap.locator('body[data-ready="true"]').waitFor();
  await expect(uniswap.locator('sextant-sidebar')).toHaveCount(0);
});
