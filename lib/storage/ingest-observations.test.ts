import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TokenBuckets } from '../activity/token-bucket';
import { defaultLookup } from '../catalog/default-lookup';
import { readDrops } from './drops-repo';
import { ingestObservations, type IngestLimits } from './ingest-observations';
import { applyPause } from './pause-settings';
import { openDb, type SextantDb } from './schema';
import { createStorageBudget } from './storage-budget';

const T = 1_757_845_260_000;
const APP = 'https://app.uniswap.org';
const OTHER = 'https://evil.example';
const ROUTER = '0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad';
const TX_HASH = '0x' + 'ab'.repeat(32);
const BURST = 120;

const uid = (n: number) => n.toString(16).padStart(32, '0');
const request = (n: number) => ({
  type: 'request',
  uid: uid(n),
  time: T + n,
  method: 'eth_sendTransaction',
  params: [{ to: ROUTER, data: '0x3593564c' }],
  chainId: 1,
});
const outcome = (n: number, result: unknown = { status: 'ok', txHash: TX_HASH }) => ({ type: 'outcome', uid: uid(n), outcome: result });
const batch = (origin: string, observations: unknown[], drops: Record<string, number> = {}) => ({ origin, observations, drops });

/** Limits like the background's, on a clock that never moves so no token comes back mid-test. */
function limits(): IngestLimits {
  return { requests: new TokenBuckets(BURST, 1 / 20, () => T), outcomes: new TokenBuckets(240, 1, () => T) };
}

let db: SextantDb;
let lim: IngestLimits;
beforeEach(() => {
  db = openDb('test-' + Math.random());
  lim = limits();
});
afterEach(async () => {
  await db.delete();
});

// The background's clock: a minute after the fixtures' observations were seen.
const NOW = T + 60_000;
const ingest = (input: unknown, sender: string | null = APP, now = NOW) => ingestObservations(db, input, sender, { limits: lim, lookup: defaultLookup(), now: () => now });

describe('ingestObservations', () => {
  it('stores a request as a pending page event stamped with the sender’s origin', async () => {
    const result = await ingest(batch(APP, [request(1)]));
    expect(result).toEqual({ stored: 1, updated: 0, rejected: 0, drops: {} });
    const rows = await db.events.toArray();
    expect(rows).toEqual([
      {
        id: expect.any(Number),
        uid: uid(1),
        time: T + 1,
        origin: APP,
        chainId: 1,
        method: 'eth_sendTransaction',
        params: [{ to: ROUTER, data: '0x3593564c' }],
        outcome: { status: 'pending' },
        source: 'page',
        // Attributed as it is stored: the Universal Router belongs to Uniswap; a bare selector names the function, not its arguments.
        action: { kind: 'swap', name: 'execute', selector: '0x3593564c', to: ROUTER },
        // Its identity, set by the database's creating hook on every write path (see event-key.ts).
        key: expect.stringMatching(/^[0-9a-f]{64}$/),
        dappId: 'uniswap',
        via: 'contract',
        touched: [],
      },
    ]);
  });

  it('applies an outcome to the pending request with the same uid, in the same or a later batch', async () => {
    expect(await ingest(batch(APP, [request(1), request(2), outcome(1)]))).toEqual({ stored: 2, updated: 1, rejected: 0, drops: {} });
    expect(await ingest(batch(APP, [outcome(2, { status: 'error', code: 4001 })]))).toEqual({ stored: 0, updated: 1, rejected: 1, drops: {} });
    const byUid = Object.fromEntries((await db.events.toArray()).map((e) => [e.uid, e.outcome]));
    expect(byUid).toEqual({ [uid(1)]: { status: 'ok', txHash: TX_HASH }, [uid(2)]: { status: 'error', code: 4001 } });
  });

  it('does not let another origin settle a request, even knowing its uid', async () => {
    await ingest(batch(APP, [request(1)]));
    const result = await ingest(batch(OTHER, [outcome(1, { status: 'error', code: 4001 })]), OTHER);
    expect(result).toEqual({ stored: 0, updated: 0, rejected: 0, drops: { 'unknown-request': 1 } });
    expect((await db.events.toArray())[0]?.outcome).toEqual({ status: 'pending' });
  });

  it('does not overwrite an outcome already recorded, and counts an outcome for an unknown uid', async () => {
    await ingest(batch(APP, [request(1), outcome(1)]));
    const result = await ingest(batch(APP, [outcome(1, { status: 'error', code: 4001 }), outcome(99)]));
    expect(result.drops).toEqual({ duplicate: 1, 'unknown-request': 1 });
    expect((await db.events.toArray())[0]?.outcome).toEqual({ status: 'ok', txHash: TX_HASH });
  });

  it('drops and counts everything when the batch’s origin is not the sender’s', async () => {
    const result = await ingest(batch(APP, [request(1), request(2), outcome(1)]), OTHER);
    expect(result).toEqual({ stored: 0, updated: 0, rejected: 0, drops: { 'origin-mismatch': 3 } });
    expect(await db.events.count()).toBe(0);
    expect(await readDrops(db)).toEqual({ 'origin-mismatch': 3 });
  });

  it('drops and counts everything when the sender has no origin', async () => {
    const result = await ingest(batch(APP, [request(1)]), null);
    expect(result.drops).toEqual({ 'origin-mismatch': 1 });
    expect(await db.events.count()).toBe(0);
  });

  it('drops pages without a web origin, so every export stays importable', async () => {
    const result = await ingest(batch('null', [request(1)]), 'null');
    expect(result.drops).toEqual({ 'unsupported-origin': 1 });
    expect(await db.events.count()).toBe(0);
  });

  it('stores nothing while paused globally, and stores again once resumed', async () => {
    await applyPause(db, { scope: 'global', paused: true });
    expect(await ingest(batch(APP, [request(1), request(2)]))).toEqual({ stored: 0, updated: 0, rejected: 0, drops: { paused: 2 } });
    expect(await db.events.count()).toBe(0);
    expect(await readDrops(db)).toEqual({ paused: 2 });

    await applyPause(db, { scope: 'global', paused: false });
    expect((await ingest(batch(APP, [request(3)]))).stored).toBe(1);
  });

  it('stores nothing from an origin paused on its own, while other origins still record', async () => {
    await applyPause(db, { scope: 'origin', origin: APP, paused: true });
    expect((await ingest(batch(APP, [request(1)]))).drops).toEqual({ paused: 1 });
    expect((await ingest(batch(OTHER, [request(2)]), OTHER)).stored).toBe(1);
    expect((await db.events.toArray()).map((e) => e.origin)).toEqual([OTHER]);

    await applyPause(db, { scope: 'origin', origin: APP, paused: false });
    expect((await ingest(batch(APP, [request(3)]))).stored).toBe(1);
  });

  it('stores at most the burst from a flood of 10,000 requests, counts the rest, and leaves earlier events untouched', async () => {
    await ingest(batch(APP, [request(1), request(2), outcome(1)]));
    await ingest(batch(OTHER, [request(3)]), OTHER);
    const before = await db.events.toArray();

    let stored = 0;
    let limited = 0;
    for (let start = 0; start < 10_000; start += 500) {
      const flood = Array.from({ length: 500 }, (_, i) => request(1_000 + start + i));
      const result = await ingest(batch(APP, flood));
      stored += result.stored;
      limited += result.drops['rate-limited'] ?? 0;
    }

    expect(stored).toBe(BURST - 2);
    expect(limited).toBe(10_000 - (BURST - 2));
    expect(await db.events.where('origin').equals(APP).count()).toBe(BURST);
    expect(await db.events.where('uid').anyOf(before.map((e) => e.uid)).toArray()).toEqual(before);
    expect((await readDrops(db))['rate-limited']).toBe(limited);
    // The limit is per origin: another page still records.
    expect((await ingest(batch(OTHER, [request(4)]), OTHER)).stored).toBe(1);
  });

  it('counts a malformed batch as invalid-shape without throwing', async () => {
    const malformed: unknown[] = [
      null,
      undefined,
      'batch',
      [],
      {},
      { origin: APP },
      { origin: APP, observations: 'x', drops: {} },
      { origin: APP, observations: [request(1)] },
      { origin: APP, observations: Array.from({ length: 501 }, (_, i) => request(i + 1)), drops: {} },
      { origin: APP, observations: [request(1)], drops: { 'made-up-reason': 1 } },
      { origin: APP, observations: [request(1)], drops: { paused: -1 } },
    ];
    for (const input of malformed) {
      await expect(ingest(input), JSON.stringify(input)?.slice(0, 80)).resolves.toEqual({ stored: 0, updated: 0, rejected: 0, drops: { 'invalid-shape': 1 } });
    }
    expect(await db.events.count()).toBe(0);
    expect(await readDrops(db)).toEqual({ 'invalid-shape': malformed.length });
  });

  it('counts each malformed observation and still stores the valid ones beside it', async () => {
    const result = await ingest(batch(APP, [request(1), { ...request(2), method: 'eth_call' }, { type: 'request' }, 'junk', request(3)]));
    expect(result).toEqual({ stored: 2, updated: 0, rejected: 0, drops: { 'invalid-shape': 3 } });
    expect((await db.events.toArray()).map((e) => e.uid)).toEqual([uid(1), uid(3)]);
  });

  it('does not store a uid twice, within a batch or across batches', async () => {
    expect((await ingest(batch(APP, [request(1), request(1)]))).stored).toBe(1);
    const again = await ingest(batch(APP, [{ ...request(1), method: 'personal_sign', params: [] }]));
    expect(again.stored).toBe(0);
    expect(again.drops).toEqual({ duplicate: 1 });
    const rows = await db.events.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.method).toBe('eth_sendTransaction');
  });

  it('adds the relay’s own drop counts to the stored totals', async () => {
    await ingest(batch(APP, [], { 'too-large': 2, 'queue-full': 1 }));
    await ingest(batch(APP, [], { 'too-large': 3 }));
    expect(await readDrops(db)).toEqual({ 'too-large': 5, 'queue-full': 1 });
  });

  it('stores the time the extension saw an event, never a page’s claim, so one forged date cannot break the popup or export', async () => {
    // 8.7e15 ms is past year 275,000: new Date(8.7e15).toISOString() throws.
    const forged = [
      { ...request(1), time: 8.7e15 },
      { ...request(2), time: Date.UTC(2096, 0, 1) },
      { ...request(3), time: T - 400 * 86_400_000 },
    ];
    expect((await ingest(batch(APP, forged))).stored).toBe(3);
    const byUid = Object.fromEntries((await db.events.toArray()).map((e) => [e.uid, e.time]));
    expect(byUid).toEqual({ [uid(1)]: NOW, [uid(2)]: NOW, [uid(3)]: NOW - 30 * 86_400_000 });
    for (const time of Object.values(byUid)) expect(() => new Date(time).toISOString()).not.toThrow();
  });

  it('keeps the page’s own claimed time beside the event, only when it is a real date', async () => {
    await ingest(batch(APP, [{ ...request(1), pageTime: T - 5 }, { ...request(2), pageTime: 8.7e15 }]));
    const rows = await db.events.toArray();
    expect(rows.map((e) => [e.time, e.pageTime])).toEqual([
      [T + 1, T - 5],
      [T + 2, undefined],
    ]);
  });

  it('stops a site at its budget, counts what it refuses, and leaves other sites and stored events alone', async () => {
    const budget = createStorageBudget(db, { perOriginEvents: 3, perOriginBytes: 1_000, totalEvents: 5, totalBytes: 1e9 });
    const withBudget = (input: unknown, sender = APP) => ingestObservations(db, input, sender, { limits: lim, lookup: defaultLookup(), now: () => NOW, budget });
    expect((await withBudget(batch(APP, [request(1), request(2)]))).stored).toBe(2);
    const before = await db.events.toArray();
    const flood = await withBudget(batch(APP, [request(3), request(4), request(5)]));
    expect(flood).toMatchObject({ stored: 1, drops: { 'over-budget': 2 } });
    // Bytes too: one large event from another site fills that site's share.
    const big = { ...request(6), params: [{ data: '0x' + 'ab'.repeat(600) }] };
    expect((await withBudget(batch(OTHER, [big, request(7)]), OTHER))).toMatchObject({ stored: 1, drops: { 'over-budget': 1 } });
    // The total is shared: five events are stored, and the next is refused wherever it comes from.
    expect(await withBudget(batch('https://third.example', [request(8), request(9)]), 'https://third.example')).toMatchObject({ stored: 1, drops: { 'over-budget': 1 } });
    expect(await db.events.count()).toBe(5);
    expect(await db.events.where('uid').anyOf(before.map((e) => e.uid)).toArray()).toEqual(before);
    expect((await readDrops(db))['over-budget']).toBe(4);
    // Outcomes still settle requests already stored.
    expect((await withBudget(batch(APP, [outcome(1)]))).updated).toBe(1);
  });

  it('counts a relay’s running drop totals once per relay, however often a batch arrives', async () => {
    const relay = 'a'.repeat(32);
    const first = { ...batch(APP, [request(1)], { 'too-large': 2 }), relay };
    await ingest(first);
    await ingest(first);
    expect(await readDrops(db)).toEqual({ 'too-large': 2, duplicate: 1 });
    // A later batch's totals add only what grew; another relay counts on its own.
    await ingest({ ...batch(APP, [], { 'too-large': 3, 'queue-full': 1 }), relay });
    await ingest({ ...batch(APP, [], { 'too-large': 1 }), relay: 'b'.repeat(32) });
    expect(await readDrops(db)).toEqual({ 'too-large': 4, 'queue-full': 1, duplicate: 1 });
  });
});
