import type { DropCounts, DropReason } from './drop-reasons';
import { MAX_OBSERVATION_CHARS, type Observation } from './observation-schema';
import { parseObservation } from './parse-observation';
import type { ObservationBatch } from '../messaging/protocol';
import { TokenBuckets } from './token-bucket';

const FLUSH_MS = 200;
const MAX_INBOX = 1000;
const MAX_QUEUE = 500;
const MAX_BATCH = 100;
// Once the worker is back, what waited should arrive within seconds.
const MAX_RETRY_MS = 5_000;

/**
 * Collects observations and sends them to the background. Arrivals are only stored: checking them
 * waits for the next flush, because the observer's event is dispatched synchronously inside the
 * page's own wallet call. A send that fails (the service worker is starting, being replaced or was
 * stopped while handling it) keeps the batch for the next try, so nothing observed while the worker
 * sleeps is lost. Resending is safe: the background stores each request uid once.
 */
export function createRelayQueue(origin: string, send: (batch: ObservationBatch) => Promise<unknown>, now: () => number = () => Date.now()) {
  // Each arrival keeps the relay's own time: the page's clock is the page's to forge.
  const inbox: { detail: string; seenAt: number }[] = [];
  const queue: Observation[] = [];
  let drops: DropCounts = {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sending = false;
  let retryMs = FLUSH_MS;
  const limiter = new TokenBuckets(100, 2);

  const drop = (reason: DropReason) => {
    drops[reason] = (drops[reason] ?? 0) + 1;
    schedule();
  };

  function schedule(ms = FLUSH_MS) {
    timer ??= setTimeout(() => {
      timer = undefined;
      void flush();
    }, ms);
  }

  function drain(): void {
    for (const { detail, seenAt } of inbox.splice(0)) {
      const parsed = parseObservation(detail, seenAt);
      if (!parsed.ok) drop(parsed.reason);
      else if (!limiter.take('page')) drop('rate-limited');
      else if (queue.length >= MAX_QUEUE) drop('queue-full');
      else queue.push(parsed.observation);
    }
  }

  async function flush(): Promise<void> {
    drain();
    if (sending || (queue.length === 0 && Object.keys(drops).length === 0)) return;
    sending = true;
    const observations = queue.slice(0, MAX_BATCH);
    const sentDrops = drops;
    drops = {};
    try {
      await send({ origin, observations, drops: sentDrops });
      queue.splice(0, observations.length);
      retryMs = FLUSH_MS;
      if (queue.length) schedule();
    } catch {
      for (const [k, n] of Object.entries(sentDrops)) drops[k as DropReason] = (drops[k as DropReason] ?? 0) + n;
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      // A drop counted during this flush has already set the short timer; the backoff must replace it.
      clearTimeout(timer);
      timer = undefined;
      schedule(retryMs);
    } finally {
      sending = false;
    }
  }

  return {
    offer(detail: unknown): void {
      // Size is checked at once (it costs nothing), so a hostile page cannot park huge strings here.
      if (typeof detail !== 'string') return drop('invalid-shape');
      if (detail.length > MAX_OBSERVATION_CHARS) return drop('too-large');
      if (inbox.length >= MAX_INBOX) return drop('queue-full');
      inbox.push({ detail, seenAt: now() });
      schedule();
    },
    flush,
  };
}
