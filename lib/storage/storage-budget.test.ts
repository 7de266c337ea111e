import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type SextantDb, type StoredEvent } from './schema';
import { createStorageBudget, DEFAULT_BUDGET, eventBytes } from './storage-budget';

const APP = 'https://app.uniswap.org';
const event = (n: number, data = '0x'): StoredEvent => ({
  uid: n.toString(16).padStart(32, '0'),
  time: 1_757_845_260_000 + n,
  origin: APP,
  chainId: 1,
  method: 'eth_sendTransaction',
  params: [{ data }],
  outcome: { status: 'pending' },
  source: 'page',
});

let db: SextantDb;
beforeEach(() => void (db = openDb('budget-' + Math.random())));
afterEach(async () => await db.delete());

describe('storage budget', () => {
  it('counts what a site already stored before this worker started', async () => {
    await db.events.bulkAdd([event(1, '0x' + 'a'.repeat(400)), event(2, '0x' + 'a'.repeat(400))]);
    const budget = createStorageBudget(db, { perOriginEvents: 100, perOriginBytes: eventBytes(event(0, '0x' + 'a'.repeat(400))) * 3, totalEvents: 100, totalBytes: 1e9 });
    const admitted = await budget.admit(APP, [event(3, '0x' + 'a'.repeat(400)), event(4, '0x' + 'a'.repeat(400))]);
    expect(admitted.map((e) => e.uid)).toEqual([event(3).uid]);
  });

  it('counts bytes across sites against the total', async () => {
    await db.events.bulkAdd([event(1, '0x' + 'a'.repeat(400))]);
    const budget = createStorageBudget(db, { perOriginEvents: 100, perOriginBytes: 1e9, totalEvents: 100, totalBytes: eventBytes(event(0, '0x' + 'a'.repeat(400))) * 2 });
    const other = (n: number) => ({ ...event(n, '0x' + 'a'.repeat(400)), origin: 'https://other.example' });
    expect((await budget.admit('https://other.example', [other(2), other(3)])).map((e) => e.uid)).toEqual([other(2).uid]);
  });

  it('leaves real use inside the defaults: ten swaps a day (1.2 kB of calldata each) for a decade on one site', () => {
    const swap = event(0, '0x3593564c' + 'ab'.repeat(600));
    const decade = 10 * 365 * 10;
    expect(decade).toBeLessThan(DEFAULT_BUDGET.perOriginEvents);
    expect(decade * eventBytes(swap)).toBeLessThan(DEFAULT_BUDGET.perOriginBytes);
  });
});
