import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ObservationBatch } from '../messaging/protocol';
import { createRelayQueue } from './relay-queue';

const ORIGIN = 'https://app.example';
const observation = (n: number) =>
  JSON.stringify({ type: 'request', uid: n.toString(16).padStart(32, '0'), time: 1_760_000_000_000 + n, method: 'eth_requestAccounts', params: [], chainId: 1 });

/** A background whose answers the test decides: each send waits for `answer` to be called. */
function fakeBackground() {
  const sent: ObservationBatch[] = [];
  const pending: { resolve: () => void; reject: (e: Error) => void }[] = [];
  const send = (batch: ObservationBatch) =>
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
    expect(bg.sent[0]!.observations.map((o) => (o as { uid: string }).uid.slice(-1))).toEqual(['1', '2']);
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
});
