import { act, expect, exportedEvents, OTHER_SITE, openDapp, openPopup, SITE, SITE_HOST, test } from './fixtures';

test('forged, malformed and flooding page messages are not stored and do not evict real events', async ({ context, extensionId }) => {
  const dapp = await openDapp(context);
  await act(dapp, 'connect');
  const tx = await act(dapp, 'sendTx');

  // The hostile page is another origin on the same server.
  const hostile = await context.newPage();
  await hostile.goto(`${OTHER_SITE}/hostile.html`);
  await hostile.locator('#attack').click();
  await hostile.waitForFunction(() => (window as unknown as { hostileDone?: boolean }).hostileDone === true, null, { timeout: 30_000 });

  // The background is still alive and still records a real action from the real dApp.
  const sign = await act(dapp, 'personalSign');
  expect(typeof sign.ok).toBe('string');

  const popup = await openPopup(context, extensionId);
  await expect(popup.locator(`.activity-groups .group-events > li[data-site="${SITE_HOST}"]`).first()).toContainText('Sign message');
  const events = await exportedEvents(popup);
  // The page's forged clock dated nothing: every event is dated by the extension, before now.
  for (const e of events) expect(Date.parse(e.time)).toBeLessThanOrEqual(Date.now());
  const real = events.filter((e) => e.origin === SITE);
  expect(real.map((e) => e.method)).toEqual(['eth_requestAccounts', 'eth_sendTransaction', 'personal_sign']);
  expect(real[1]!.outcome.txHash).toBe(tx.ok);

  const fromHostile = events.filter((e) => e.origin === OTHER_SITE);
  // Forged events never arrive: nothing with the forged method or target is stored.
  expect(fromHostile.every((e) => e.method === 'wallet_switchEthereumChain')).toBe(true);
  // Genuine but flooding requests are capped by the rate limit (10,000 made).
  expect(fromHostile.length).toBeGreaterThan(0);
  expect(fromHostile.length).toBeLessThanOrEqual(120);

  // The drops are counted, not silent.
  const summary = popup.locator('details.drops summary');
  const dropped = Number((await summary.textContent())!.match(/\((\d+)\)/)![1]);
  expect(dropped).toBeGreaterThanOrEqual(10_000 - 120);
  // Each reason is named in words, with its count.
  await summary.click();
  await expect(popup.locator('details.drops dt').filter({ hasText: 'Too many at once (rate limit)' })).toBeVisible();
  await expect(popup.locator('details.drops dt').filter({ hasText: /^[a-z-]+$/ })).toHaveCount(0);
});
