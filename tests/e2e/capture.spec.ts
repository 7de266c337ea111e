import { act, activityRows, expect, exportedEvents, openDapp, openPopup, SITE, SITE_HOST, test } from './fixtures';

test('records a real dApp session on a local chain and shows it in the popup', async ({ context, extensionId }) => {
  const page = await openDapp(context);
  const connect = await act(page, 'connect');
  expect((connect.ok as string[])[0]).toBe('0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266');
  expect(await act(page, 'switchChain')).toEqual({});
  expect(typeof (await act(page, 'signTyped')).ok).toBe('string');
  const tx = await act(page, 'sendTx');
  expect(tx.ok).toMatch(/^0x[0-9a-f]{64}$/);
  expect((await act(page, 'rejectedSign')).error?.code).toBe(4001);

  const popup = await openPopup(context, extensionId);
  const rows = activityRows(popup);
  await expect(rows).toHaveCount(5);
  // Newest first: site, action, chain.
  await expect(rows.nth(0)).toHaveAttribute('data-site', SITE_HOST);
  await expect(rows.nth(0)).toContainText('Sign message');
  await expect(rows.nth(0)).toContainText('rejected');
  await expect(rows.nth(1)).toContainText('Send');
  await expect(rows.nth(1)).toContainText('Ethereum');
  await expect(rows.nth(1)).toHaveAttribute('data-tx', tx.ok as string);
  await expect(rows.nth(2)).toContainText('Sign Mail');
  await expect(rows.nth(2)).toContainText('Ethereum');
  await expect(rows.nth(3)).toContainText('Switch to Ethereum');
  await expect(rows.nth(4)).toContainText('Connect wallet');
  await expect(rows.nth(4)).toContainText('Hardhat (local)');

  const events = await exportedEvents(popup);
  expect(events.map((e) => e.method)).toEqual(['eth_requestAccounts', 'wallet_switchEthereumChain', 'eth_signTypedData_v4', 'eth_sendTransaction', 'personal_sign']);
  expect(events.every((e) => e.origin === SITE)).toBe(true);
  const sent = events[3]!;
  expect(sent.chainId).toBe(1);
  expect(sent.outcome.txHash).toBe(tx.ok);
  // The recorded hash is the one the chain has.
  const onChain = await page.evaluate(async (hash) => (await (await fetch('/rpc/1', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_getTransactionByHash', params: [hash] }) })).json()).result, tx.ok);
  expect(onChain.hash).toBe(tx.ok);
  expect(events[0]!.outcome.accounts?.[0]?.toLowerCase()).toBe('0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266');
  expect(events[2]!.params).toEqual([{ primaryType: 'Mail', domain: { name: 'Sextant Test', version: '1', chainId: 1, verifyingContract: '0xcccccccccccccccccccccccccccccccccccccccc' } }]);
  expect(events[4]!.outcome).toEqual({ status: 'error', code: 4001 });
  // Message bodies never reach storage.
  const all = JSON.stringify(events);
  expect(all).not.toContain('secret');
  expect(all).not.toContain(Buffer.from('reject me').toString('hex'));
});

test('shows decoded, attributed actions: a supply on Aave and an unlimited approval to Uniswap’s Permit2', async ({ context, extensionId }) => {
  const page = await openDapp(context);
  await act(page, 'connect');
  await act(page, 'switchChain');
  expect((await act(page, 'approveUnlimited')).ok).toMatch(/^0x[0-9a-f]{64}$/);
  expect((await act(page, 'supplyAave')).ok).toMatch(/^0x[0-9a-f]{64}$/);

  const popup = await openPopup(context, extensionId);
  const rows = activityRows(popup);
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0)).toContainText('Supply on Aave');
  await expect(rows.nth(0)).toContainText('Ethereum');
  await expect(rows.nth(1)).toContainText('Unlimited USDC to Uniswap Permit2');
  await expect(rows.nth(1).getByRole('img', { name: 'This gives the contract unlimited access to your tokens.' })).toBeVisible();
});
