import { describe, expect, it } from 'vitest';
import { openDb } from './schema';
import { usedSites } from './used-sites';

const event = (uid: string, origin: string | null, time: number) => ({ uid, origin, time, chainId: 1, method: 'eth_requestAccounts', params: [], outcome: { status: 'pending' as const } });

describe('usedSites', () => {
  it('lists each site once however old its activity, and skips events without a page', async () => {
    const db = openDb(`sites-${Math.random()}`);
    await db.events.bulkAdd([event('a', 'https://old.xyz', 1), ...Array.from({ length: 80 }, (_, i) => event(`n${i}`, 'https://new.xyz', 100 + i)), event('z', null, 500)] as never);
    expect(await usedSites(db)).toEqual(['https://new.xyz', 'https://old.xyz']);
  });
});
