import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeActivityFile } from '../activity/write-activity-file';
import { repairEventTimes } from './repair-event-times';
import { openDb, type SextantDb, type StoredEvent } from './schema';

const NOW = Date.UTC(2026, 8, 14, 10, 21);
const event = (n: number, time: number): StoredEvent => ({
  uid: n.toString(16).padStart(32, '0'),
  time,
  origin: 'https://app.uniswap.org',
  chainId: 1,
  method: 'eth_requestAccounts',
  params: [],
  outcome: { status: 'ok' },
  source: 'page',
});

let db: SextantDb;
beforeEach(() => void (db = openDb('repair-' + Math.random())));
afterEach(async () => await db.delete());

describe('repairEventTimes', () => {
  it('dates rows from the future now, keeping the page’s claim, and leaves every other row alone', async () => {
    await db.events.bulkAdd([event(1, NOW - 60_000), event(2, 8.7e15), event(3, Date.UTC(2096, 0, 1)), event(4, NOW)]);
    const before = await db.events.where('uid').anyOf([event(1, 0).uid, event(4, 0).uid]).toArray();
    expect(await repairEventTimes(db, NOW)).toBe(2);
    const rows = await db.events.orderBy('id').toArray();
    expect(rows.map((e) => [e.time, e.pageTime])).toEqual([
      [NOW - 60_000, undefined],
      [NOW, undefined],
      [NOW, Date.UTC(2096, 0, 1)],
      [NOW, undefined],
    ]);
    expect(await db.events.where('uid').anyOf(before.map((e) => e.uid)).toArray()).toEqual(before);
    expect(() => writeActivityFile(rows)).not.toThrow();
    expect(await repairEventTimes(db, NOW)).toBe(0);
  });
});
