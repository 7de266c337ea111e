import type { DropCounts, DropReason } from '@/lib/activity/drop-reasons';
import type { Observation } from '@/lib/activity/observation-schema';
import { parseObservation } from '@/lib/activity/parse-observation';
import { TokenBuckets } from '@/lib/activity/token-bucket';
import { sendMessage } from '@/lib/messaging/protocol';

const FLUSH_MS = 200;
const MAX_QUEUE = 500;
const MAX_BATCH = 100;

/**
 * Collects validated observations and sends them to the background. A send that fails (the
 * service worker is starting or being replaced) keeps the batch for the next try, so nothing
 * observed while the worker sleeps is lost.
 */
export function createRelayQueue(origin: string) {
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

  async function flush(): Promise<void> {
    if (sending || (queue.length === 0 && Object.keys(drops).length === 0)) return;
    sending = true;
    const observations = queue.slice(0, MAX_BATCH);
    const sentDrops = drops;
    drops = {};
    try {
      await sendMessage('recordObservations', { origin, observations, drops: sentDrops });
      queue.splice(0, observations.length);
      retryMs = FLUSH_MS;
      if (queue.length) schedule();
    } catch {
      for (const [k, n] of Object.entries(sentDrops)) drops[k as DropReason] = (drops[k as DropReason] ?? 0) + n;
      retryMs = Math.min(retryMs * 2, 10_000);
      schedule(retryMs);
    } finally {
      sending = false;
    }
  }

  return {
    offer(detail: unknown): void {
      const parsed = parseObservation(detail);
      if (!parsed.ok) return drop(parsed.reason);
      if (!limiter.take('page')) return drop('rate-limited');
      if (queue.length >= MAX_QUEUE) return drop('queue-full');
      queue.push(parsed.observation);
      schedule();
    },
    flush,
  };
}
