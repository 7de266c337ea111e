import { act, activityRows, expect, exportedEvents, openDapp, openPopup, test } from './fixtures';

for (const wallet of ['late', 'define', 'frozen', 'eip6963'] as const) {
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
    // The request is stored first and its outcome after: export once the hash has arrived.
    await expect(activityRows(popup).first()).toHaveAttribute('data-tx', tx.ok as string);
    const events = await exportedEvents(popup);
    expect(events.map((e) => e.method)).toEqual(['eth_requestAccounts', 'eth_sendTransaction']);
    expect(events[1]!.outcome.txHash).toBe(tx.ok);
    expect(events[1]!.chainId).toBe(31337);
  });
}
