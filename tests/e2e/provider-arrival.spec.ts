import { act, activityRows, expect, exportedEvents, openDapp, openPopup, test } from './fixtures';

for (const wallet of ['late', 'define', 'frozen-instance', 'eip6963'] as const) {
  test(`observes a provider that arrives ${wallet === 'eip6963' ? 'only through EIP-6963' : wallet}`, async ({ context, extensionId }) => {
    const page = await openDapp(context, wallet);
    // The late wallet appears after a second; a user clicks once it is there.
    if (wallet === 'late') await page.waitForFunction(() => 'ethereum' in window);
    if (wallet === 'define') await page.waitForFunction(() => 'ethereum' in window);
    expect((await act(page, 'connect')).error).toBeUndefined();
    const tx = await act(page, 'sendTx');
    expect(tx.ok).toMatch(/^0x[0-9a-f]{64}$/);

    const popup = await openPopup(context, extensionId);
    await expect(activityRows(popup)).toHaveCount(2);
    // The answer travels after the request (it is known later): wait until the send shows its hash.
    await expect(activityRows(popup).nth(0)).toHaveAttribute('data-tx', tx.ok as string);
    const events = await exportedEvents(popup);
    expect(events.map((e) => e.method)).toEqual(['eth_requestAccounts', 'eth_sendTransaction']);
    expect(events[1]!.outcome.txHash).toBe(tx.ok);
    expect(events[1]!.chainId).toBe(31337);
  });
}

test('leaves a frozen provider exactly as the wallet made it: the dApp works, and the wallet is counted as one Sextant could not watch', async ({ context, extensionId }) => {
  const page = await openDapp(context, 'frozen');
  expect(await page.evaluate(() => {
    const slot = Object.getOwnPropertyDescriptor(window, 'ethereum')!;
    return { data: 'value' in slot, frozen: Object.isFrozen(slot.value), ownRequest: Object.prototype.hasOwnProperty.call(slot.value, 'request') };
  })).toEqual({ data: true, frozen: true, ownRequest: true });
  expect((await act(page, 'connect')).error).toBeUndefined();
  expect((await act(page, 'sendTx')).ok).toMatch(/^0x[0-9a-f]{64}$/);

  const popup = await openPopup(context, extensionId);
  const drops = popup.locator('details.drops');
  await drops.locator('summary').click();
  // Counted once by the observer (unit tests); the stored count can read 2 when the worker's startup
  // drain of saved relay queues and the relay's own send both carry it (drops are not deduplicated).
  await expect(drops.locator('div').filter({ hasText: 'could not watch' }).locator('dd')).toHaveText(/^[12]$/);
});
