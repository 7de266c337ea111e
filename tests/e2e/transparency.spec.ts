import { act, activityRows, expect, exportedEvents, launch, openDapp, openPopup, serviceWorker, SITE, test } from './fixtures';

const SEQUENCE = ['chainId', 'connect', 'permissions', 'switchChain', 'signTyped', 'personalSign', 'rejectedSign', 'switchUnknown', 'switchBack', 'sendTx'];

async function runSequence(withExtension: boolean) {
  const browser = await launch(withExtension);
  try {
    const plain = await browser.context.newPage();
    await plain.goto(`${SITE}/plain.html`);
    const ethereumInWindow = await plain.evaluate(() => 'ethereum' in window);
    const page = await openDapp(browser.context);
    const results: Record<string, unknown> = { ethereumInWindow };
    for (const action of SEQUENCE) results[action] = await act(page, action);
    return results;
  } finally {
    await browser.close();
  }
}

test('the page sees identical results and errors with and without Sextant', async () => {
  const without = await runSequence(false);
  const withSextant = await runSequence(true);
  // Transaction hashes differ between runs only because the nonce moved on; compare their shape.
  const hashes = [without, withSextant].map((r) => (r.sendTx as { ok: string }).ok);
  for (const h of hashes) expect(h).toMatch(/^0x[0-9a-f]{64}$/);
  delete without.sendTx;
  delete withSextant.sendTx;
  expect(withSextant).toEqual(without);
  expect(without.ethereumInWindow).toBe(false);
  expect((without.rejectedSign as { error: { code: number } }).error.code).toBe(4001);
  expect((without.switchUnknown as { error: { code: number } }).error.code).toBe(4902);
});

/** Runs the probe page (tests/e2e/site/probe.ts) and returns what it saw; the browser stays open for a look at what Sextant recorded. */
async function probe(withExtension: boolean, query: string) {
  const browser = await launch(withExtension);
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${SITE}/probe.html${query}`);
  await page.locator('body[data-ready="true"]').waitFor();
  const seen = await page.evaluate(() => (window as unknown as { probe(): Promise<Record<string, unknown>> }).probe());
  // The probe leaves two rejections unhandled per wallet (a read and a signature); each reaches Playwright as a page error, a little later.
  await expect.poll(() => errors.length).toBe(6);
  return { seen, errors, browser };
}

for (const query of ['', '?ethereum=frozen']) {
  test(`a page inspecting its wallets${query ? ' (a frozen window.ethereum)' : ''} sees the same providers, descriptors, listeners, this, thenables, getters and stacks with and without Sextant`, async () => {
    const without = await probe(false, query);
    await without.browser.close();
    const withSextant = await probe(true, query);
    try {
      expect(withSextant.seen).toEqual(without.seen);
      expect(withSextant.errors).toEqual(without.errors);
      // What the comparison covers, as seen without Sextant.
      const seen = without.seen as { ethereumSlot: { isData: boolean; same: boolean }; classInstance: { shape: { ownRequest: boolean } }; plain: { behaviour: { thisSeen: string[]; thenCalls: number[]; getterArgs: unknown } } };
      expect(seen.ethereumSlot).toMatchObject({ isData: true, same: true });
      expect(seen.classInstance.shape.ownRequest).toBe(false);
      expect(seen.plain.behaviour.thisSeen).toEqual(['eth_chainId this=undefined', 'eth_chainId this=number', 'personal_sign this=provider']);
      expect(seen.plain.behaviour.thenCalls).toEqual([0, 1]);
      expect(seen.plain.behaviour.getterArgs).toEqual({ ok: 'string', reads: 1 });

      // The comparison means something only if Sextant was watching: the plain and class wallets' three
      // recorded signatures each are stored, and the frozen wallet is counted as one it could not watch.
      const { context } = withSextant.browser;
      const popup = await openPopup(context, new URL((await serviceWorker(context)).url()).host);
      await expect(activityRows(popup)).toHaveCount(query.includes('frozen') ? 3 : 6);
      const drops = popup.locator('details.drops');
      await drops.locator('summary').click();
      await expect(drops.locator('dt').filter({ hasText: 'could not watch' })).toBeVisible();
      expect((await exportedEvents(popup)).every((e) => e.method === 'personal_sign')).toBe(true);
    } finally {
      await withSextant.browser.close();
    }
  });
}
