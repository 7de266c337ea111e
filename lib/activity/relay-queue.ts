import type { DropCounts, DropReason } from './drop-reasons';
import { MAX_OBSERVATION_CHARS, type Observation } from './observation-schema';
import { parseObservation } from './parse-observation';
import type { ObservationBatch } from '../messaging/observation-batch-schema';
import { randomUid } from './random-uid';
import { TokenBuckets } from './token-bucket';

const FLUSH_MS = 200;
const MAX_INBOX = 1000;
const MAX_QUEUE = 500;
const MAX_BATCH = 100;
// Once the worker is back, what waited should arrive within seconds.
const MAX_RETRY_MS = 5_000;
// A worker that is starting or being replaced fails a send once or twice; three failures in a row
// mean this batch itself cannot be delivered, so it is halved until the culprit is alone.
const FAILURES_BEFORE_SPLIT = 3;

// flush() keeps failed sends for the next try itself; this only catches a fault in that bookkeeping.
const onUnexpected = (error: unknown) => console.error('Sextant: the capture relay failed', error);

/** A batch as the relay sends it: its observations already passed the relay's checks (the background checks them again). */
export interface RelayBatch extends ObservationBatch {
  observations: Observation[];
}

export interface RelayQueueOptions {
  now?: () => number;
  /**
   * Saves what is not yet delivered (null: nothing left), where the extension can finish it if this
   * page goes away first: a send needs the page alive until the worker answers.
   */
  persist?: (snapshot: RelayBatch | null) => Promise<void>;
}

/**
 * Collects observations and sends them to the background. Arrivals are only stored: checking them
 * waits for the next task, because the observer's event is dispatched synchronously inside the
 * page's own wallet call. A send that fails (the service worker is starting, being replaced or was
 * stopped while handling it) keeps the batch for the next try, so nothing observed while the worker
 * sleeps is lost; a batch that keeps failing is split, and one observation that fails alone is
 * dropped and counted, so it cannot block the tab's capture. Resending is safe: the background
 * stores each request uid once.
 */
export function createRelayQueue(origin: string, send: (batch: RelayBatch) => Promise<unknown>, options: RelayQueueOptions = {}) {
  const now = options.now ?? (() => Date.now());
  const persist = options.persist ?? (async () => {});
  // Each arrival keeps the relay's own time: the page's clock is the page's to forge.
  const inbox: { detail: string; seenAt: number }[] = [];
  const queue: Observation[] = [];
  // Drops are running totals under this relay's id, so a batch that arrives twice (its saved copy
  // drained and the live send) counts once; `unsent` says some were counted since the last delivery.
  const relay = randomUid();
  const drops: DropCounts = {};
  let unsent = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let drainTimer: ReturnType<typeof setTimeout> | undefined;
  let sending = false;
  let retryMs = FLUSH_MS;
  let batchSize = MAX_BATCH;
  let failures = 0;
  const limiter = new TokenBuckets(100, 2);

  const count = (reason: DropReason, n = 1) => {
    drops[reason] = (drops[reason] ?? 0) + n;
    unsent = true;
  };
  const drop = (reason: DropReason) => {
    count(reason);
    schedule();
  };

  function schedule(ms = FLUSH_MS) {
    timer ??= setTimeout(() => {
      timer = undefined;
      flush().catch(onUnexpected);
    }, ms);
  }

  function snapshot(): RelayBatch | null {
    return queue.length || unsent ? { origin, relay, observations: [...queue], drops: { ...drops } } : null;
  }

  function save(): void {
    persist(snapshot()).catch((error: unknown) => console.error('Sextant: could not save the capture queue', error));
  }

  function drain(): boolean {
    const arrived = inbox.splice(0);
    for (const { detail, seenAt } of arrived) {
      const parsed = parseObservation(detail, seenAt);
      if (!parsed.ok) count(parsed.reason, parsed.count);
      else if (!limiter.take('page')) count('rate-limited');
      else if (queue.length >= MAX_QUEUE) count('queue-full');
      else queue.push(parsed.observation);
    }
    return arrived.length > 0;
  }

  function failed(sent: number): void {
    failures++;
    if (failures < FAILURES_BEFORE_SPLIT) return;
    failures = 0;
    if (sent > 1) batchSize = Math.ceil(sent / 2);
    else if (sent === 1) {
      queue.shift();
      count('undeliverable');
    }
  }

  async function flush(): Promise<void> {
    drain();
    if (sending || (queue.length === 0 && !unsent)) return;
    sending = true;
    const observations = queue.slice(0, batchSize);
    const hadUnsent = unsent;
    unsent = false;
    try {
      await send({ origin, relay, observations, drops: { ...drops } });
      queue.splice(0, observations.length);
      retryMs = FLUSH_MS;
      batchSize = MAX_BATCH;
      failures = 0;
      save();
      if (queue.length || unsent) schedule();
    } catch {
      unsent ||= hadUnsent;
      failed(observations.length);
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
      // Checked and saved in the next task, not inside the page's wallet call.
      drainTimer ??= setTimeout(() => {
        drainTimer = undefined;
        if (drain()) save();
      }, 0);
      schedule();
    },
    flush,
    /** The page is going away: save everything now, then try one last send. */
    leave(): void {
      drain();
      save();
      flush().catch(onUnexpected);
    },
  };
}
