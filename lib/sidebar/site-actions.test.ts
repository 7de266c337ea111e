import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { defaultLookup } from '../catalog/default-lookup';
import { openDb, type StoredEvent } from '../storage/schema';
import { siteActions, siteEvents } from './site-actions';

const event = (uid: string, origin: string, time: number, extra: Partial<StoredEvent> = {}): StoredEvent => ({
  uid, origin, time, chainId: 1, method: 'eth_requestAccounts', params: [], outcome: { status: 'ok' }, ...extra,
} as StoredEvent);

describe('site actions', () => {
  it('reads only the site\'s events, newest first, and words them with the dApp named', async () => {
    const db = openDb(`site-actions-${Math.random()}`);
    await db.events.bulkAdd([
      event('a', 'https://app.uniswap.org', 1, { dappId: 'uniswap', action: { kind: 'connect' } }),
      event('b', 'https://app.aave.com', 2),
      event('c', 'https://app.uniswap.org', 3, {
        dappId: 'uniswap', method: 'eth_sendTransaction',
        action: { kind: 'approve', token: '0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48', spender: '0x000000000022d473030f116ddee9f6b43ac78ba3', unlimited: true },
      }),
    ]);
    const events = await siteEvents(db, 'https://app.uniswap.org');
    expect(events.map((e) => e.uid)).toEqual(['c', 'a']);
    const rows = siteActions(events, defaultLookup(), 'uniswap');
    expect(rows[0]).toMatchObject({ key: 'c', action: { key: 'actionUnlimitedToken', subs: ['USDC', 'Uniswap Permit2'], warning: 'unlimited-approval' }, grant: { counterparty: { name: 'Uniswap Permit2', flag: null } } });
    expect(rows[1]).toMatchObject({ key: 'a', action: { key: 'actionOnDapp', subs: ['kind_connect', 'Uniswap'] }, grant: null });
  });
});
