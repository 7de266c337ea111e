import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRelayQueue, type RelayBatch } from '../activity/relay-queue';
import { TokenBuckets } from '../activity/token-bucket';
import { defaultLookup } from '../catalog/default-lookup';
import type { ObservationBatch } from '../messaging/observation-batch-schema';
import { createDrainer, drainSavedQueues, SAVED_QUEUE_PREFIX, type SavedQueueArea } from './drain-saved-queues';
import { readDrops } from './drops-repo';
import { ingestObservations } from './ingest-observations';
import { openDb, type SextantDb } from './schema';

const T = 1_757_845_260_000;
const APP = 'https://app.uniswap.org';
const uid = (n: number) => n.toString(16).padStart(32, '0');
const request = (n: number) => ({ type: 'request' as const, uid: uid(n), time: T + n, method: 'eth_requestAccounts' as const, params: [], chainId: 1 });
const saved = (origin: string, n: number): { batch: ObservationBatch; left: boolean } => ({ batch: { origin, observations: [request(n)], drops: {} }, left: true });

function memoryArea(entries: Record<string, unknown>): SavedQueueArea & { entries: Record<string, unknown> } {
  return {
    entries,
    get: async () => ({ ...entries }),
    remove: async (keys) => keys.forEach((k) => delete entries[k]),
  };
}

let db: SextantDb;
beforeEach(() => void (db = openDb('drain-' + Math.random())));
afterEach(async () => await db.delete());

const limits = { requests: new TokenBuckets(120, 1 / 20, () => T), outcomes: new TokenBuckets(240, 1, () => T) };
const ingest = (batch: ObservationBatch, origin: string) => ingestObservations(db, batch, origin, { limits, lookup: defaultLookup(), now: () => T + 60_000 });

describe('drainSavedQueues', () => {
  it('stores what a closed page’s relay saved, under that relay’s origin, and removes the entries', async () => {
    const area = memoryArea({ [`${SAVED_QUEUE_PREFIX}a`]: saved(APP, 1), [`${SAVED_QUEUE_PREFIX}b`]: saved('https://app.aave.com', 2), 'other-key': 1 });
    expect(await drainSavedQueues(area, ingest)).toEqual({ drained: 2, invalid: 0 });
    expect((await db.events.orderBy('uid').toArray()).map((e) => [e.uid, e.origin])).toEqual([
      [uid(1), APP],
      [uid(2), 'https://app.aave.com'],
    ]);
    expect(area.entries).toEqual({ 'other-key': 1 });
  });

  it('removes and counts entries that are not a saved queue from a web page, and stores nothing from them', async () => {
    const area = memoryArea({
      [`${SAVED_QUEUE_PREFIX}1`]: 'junk',
      [`${SAVED_QUEUE_PREFIX}2`]: saved('chrome-extension://abc', 1),
      [`${SAVED_QUEUE_PREFIX}3`]: { batch: { origin: APP, observations: 'x', drops: {} } },
      [`${SAVED_QUEUE_PREFIX}4`]: null,
    });
    expect(await drainSavedQueues(area, ingest)).toEqual({ drained: 0, invalid: 4 });
    expect(await db.events.count()).toBe(0);
    expect(area.entries).toEqual({});
  });

  it('runs one drain at a time, and once more if asked while running', async () => {
    let runs = 0;
    let release = () => {};
    const drain = createDrainer(() => {
      runs++;
      return new Promise<void>((resolve) => (release = resolve));
    });
    const first = drain();
    const second = drain();
    const third = drain();
    expect(runs).toBe(1);
    release();
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(runs).toBe(2);
    release();
    await Promise.all([first, second, third]);
    expect(runs).toBe(2);
  });

  it('counts a relay’s drops once when its saved queue is drained and the live relay delivers the same batch too', async () => {
    const key = `${SAVED_QUEUE_PREFIX}tab`;
    const area = memoryArea({});
    // The live send reaches the background only after the drain, as when the worker wakes for the page's last write.
    let deliver = () => {};
    const delivered = new Promise<void>((resolve) => (deliver = resolve));
    const live: Promise<unknown>[] = [];
    const queue = createRelayQueue(APP, (batch: RelayBatch) => {
      const sent = delivered.then(() => ingest(batch, APP));
      live.push(sent);
      return sent;
    }, {
      persist: async (snapshot) => {
        if (snapshot) area.entries[key] = { batch: snapshot, left: true };
        else delete area.entries[key];
      },
    });
    queue.offer(42);
    queue.offer(JSON.stringify(request(1)));
    queue.leave();
    expect(area.entries[key]).toBeDefined();

    expect(await drainSavedQueues(area, ingest)).toEqual({ drained: 1, invalid: 0 });
    deliver();
    await Promise.all(live);

    expect(await db.events.count()).toBe(1);
    expect((await readDrops(db))['invalid-shape']).toBe(1);
  });
});
