import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRelayQueue, type RelayBatch } from './relay-queue';

const ORIGIN = 'https://app.example';
const observation = (n: number) =>
  JSON.stringify({ type: 'request', uid: n.toString(16).padStart(32, '0'), time: 1_760_000_000_000 + n, method: 'eth_requestAccounts', params: [], chainId: 1 });

/** A background whose answers the test decides: each send waits for `answer` to be called. */
function fakeBackground() {
  const sent: RelayBatch[] = [];
  const pending: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const send = (batch: RelayBatch) =>
    new Promise<void>((resolve, reject) => {
      sent.push(batch);
      pending.push({ resolve, reject });
    });
  return { sent, send, answer: () => pending.shift()!.resolve(), fail: () => pending.shift()!.reject(new Error('Receiving end does not exist')) };
}

describe('relay queue', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('sends what arrived together as one batch, stamped with its own origin', async () => {
    const bg = fakeBackground();
    const queue = createRelayQueue(ORIGIN, bg.send);
    queue.offer(observation(1));
    queue.offer(observation(2));
    await vi.advanceTimersByTimeAsync(200);
    expect(bg.sent).toHaveLength(1);
    expect(bg.sent[0]!.origin).toBe(ORIGIN);
    expect(bg.sent[0]!.observations.map((o) => o.uid.slice(-1))).toEqual(['1', '2']);
  });

  it('keeps a batch the background refused and sends it again', async () => {
    const bg = fakeBackground();
    const queue = createRelayQueue(ORIGIN, bg.send);
    queue.offer(observation(1));
    await vi.advanceTimersByTimeAsync(200);
    bg.fail();
    await vi.advanceTimersByTimeAsync(400);
    expect(bg.sent).toHaveLength(2);
    expect(bg.sent[1]!.observations).toEqual(bg.sent[0]!.observations);
    bg.answer();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(bg.sent).toHaveLength(2);
  });

  it('backs off while the background keeps refusing, but retries at least every five seconds', async () => {
    const bg = fakeBackground();
    const queue = createRelayQueue(ORIGIN, bg.send);
    queue.offer(observation(1));
    await vi.advanceTimersByTimeAsync(200);
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      const before = bg.sent.length;
      bg.fail();
      let waited = 0;
      while (bg.sent.length === before) {
        await vi.advanceTimersByTimeAsync(100);
        waited += 100;
      }
      times.push(waited);
    }
    expect(times).toEqual([400, 800, 1600, 3200, 5000, 5000, 5000, 5000]);
  });

  it('keeps backing off while the page also sends junk (a drop must not bring back the short timer)', async () => {
    let sends = 0;
    const queue = createRelayQueue(ORIGIN, async () => {
      sends++;
      throw new Error('Receiving end does not exist');
    });
    queue.offer(observation(1));
    for (let t = 0; t < 6_000; t += 150) {
      queue.offer('{junk');
      await vi.advanceTimersByTimeAsync(150);
    }
    // Backoff 200, 400, 800, 1600, 3200 ms: 5 sends in 6 s. Without it, one every 200 ms: 30.
    expect(sends).toBeLessThanOrEqual(6);
  });

  it('carries its own drop counts to the background, and keeps them if the send fails', async () => {
    const bg = fakeBackground();
    const queue = createRelayQueue(ORIGIN, bg.send);
    queue.offer('{not json');
    queue.offer(42);
    await vi.advanceTimersByTimeAsync(200);
    expect(bg.sent[0]!.drops).toEqual({ 'malformed-json': 1, 'invalid-shape': 1 });
    bg.fail();
    await vi.advanceTimersByTimeAsync(400);
    expect(bg.sent[1]!.drops).toEqual({ 'malformed-json': 1, 'invalid-shape': 1 });
  });

  it('adds the observer’s drop counts to its own, by reason', async () => {
    const bg = fakeBackground();
    const queue = createRelayQueue(ORIGIN, bg.send);
    queue.offer(observation(1));
    queue.offer(JSON.stringify({ type: 'dropped', reason: 'rate-limited', count: 9_900 }));
    queue.offer(JSON.stringify({ type: 'dropped', reason: 'unwatchable-wallet', count: 1 }));
    queue.offer('not json');
    await vi.advanceTimersByTimeAsync(200);
    expect(bg.sent[0]!.observations).toHaveLength(1);
    expect(bg.sent[0]!.drops).toEqual({ 'rate-limited': 9_900, 'unwatchable-wallet': 1, 'malformed-json': 1 });
  });

  it('dates each request with its own clock when it arrives, keeping the page’s date only as pageTime', async () => {
    const bg = fakeBackground();
    const queue = createRelayQueue(ORIGIN, bg.send, { now: () => Date.now() });
    const arrived = Date.now();
    queue.offer(JSON.stringify({ ...JSON.parse(observation(1)), time: 8.7e15 }));
    queue.offer(observation(2));
    await vi.advanceTimersByTimeAsync(200);
    expect(bg.sent[0]!.observations.map((o) => (o.type === 'request' ? [o.time, o.pageTime] : null))).toEqual([
      [arrived, undefined],
      [arrived, 1_760_000_000_002],
    ]);
  });

  it('splits a batch the background can never accept, drops only the one that fails alone, and still sends later observations', async () => {
    const poison = (5).toString(16).padStart(32, '0');
    const delivered: string[] = [];
    let failures = 0;
    const queue = createRelayQueue(ORIGIN, async (batch) => {
      // As the browser does with a value nested 5,000 deep: the whole message fails, every time.
      if (batch.observations.some((o) => o.uid === poison)) {
        failures++;
        throw new Error('Maximum call stack size exceeded');
      }
      delivered.push(...batch.observations.map((o) => o.uid));
    });
    for (let i = 1; i <= 8; i++) queue.offer(observation(i));
    await vi.advanceTimersByTimeAsync(120_000);
    queue.offer(observation(9));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(delivered.map((u) => Number.parseInt(u, 16))).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
    // Bounded retries: three tries at each of 8, 4, 2 and 1 observations.
    expect(failures).toBe(12);
  });

  it('counts the observation it gave up on as undeliverable, in the next batch', async () => {
    const sent: RelayBatch[] = [];
    let refuse = true;
    const queue = createRelayQueue(ORIGIN, async (batch) => {
      if (refuse && batch.observations.length) throw new Error('Maximum call stack size exceeded');
      sent.push(batch);
    });
    queue.offer(observation(1));
    await vi.advanceTimersByTimeAsync(30_000);
    refuse = false;
    queue.offer(observation(2));
    await vi.advanceTimersByTimeAsync(1_000);
    // Drops travel as the relay's running totals: every batch after the give-up carries it, counted once by the background.
    expect(sent.map((b) => b.drops)).toEqual(sent.map(() => ({ undeliverable: 1 })));
    expect(new Set(sent.map((b) => b.relay)).size).toBe(1);
    expect(sent.flatMap((b) => b.observations.map((o) => o.uid.slice(-1)))).toEqual(['2']);
  });

  it('keeps what it has not delivered in storage from the moment it arrives, and clears it once delivered', async () => {
    const bg = fakeBackground();
    const saved: (RelayBatch | null)[] = [];
    const queue = createRelayQueue(ORIGIN, bg.send, { persist: async (snapshot) => void saved.push(snapshot) });
    queue.offer(observation(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.map((s) => s?.observations.map((o) => o.uid.slice(-1)))).toEqual([['1']]);
    expect(saved[0]!.origin).toBe(ORIGIN);
    await vi.advanceTimersByTimeAsync(200);
    bg.answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(saved.at(-1)).toBeNull();
  });

  it('saves at once when the page goes away, before any send could finish', () => {
    const saved: (RelayBatch | null)[] = [];
    const queue = createRelayQueue(ORIGIN, () => new Promise(() => {}), { persist: async (snapshot) => void saved.push(snapshot) });
    queue.offer(observation(1));
    queue.leave();
    expect(saved.map((s) => s?.observations.length)).toEqual([1]);
  });
});
