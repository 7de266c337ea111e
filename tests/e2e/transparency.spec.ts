import { act, expect, launch, openDapp, SITE, test } from './fixtures';

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
