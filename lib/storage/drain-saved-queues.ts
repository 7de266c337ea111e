import { isWebOrigin } from '../activity/is-web-origin';
import { observationBatchSchema } from '../messaging/observation-batch-schema';
import type { ObservationBatch } from '../messaging/observation-batch-schema';

/** Where a relay keeps what it has not delivered yet: one key per frame. */
export const SAVED_QUEUE_PREFIX = 'relay-queue:';

/** A relay's saved queue; `left` once its page went away, so nothing will send it any more. */
export interface SavedQueue {
  batch: ObservationBatch;
  left: boolean;
}

/** The part of `browser.storage.local` the drain needs, so it runs against a fake in Node. */
export interface SavedQueueArea {
  get(keys: null): Promise<Record<string, unknown>>;
  remove(keys: string[]): Promise<void>;
}

export interface DrainResult {
  drained: number;
  /** Entries that were not a saved queue from a web page: removed, counted, never stored. */
  invalid: number;
}

/**
 * Finishes the queues that relays saved but could not deliver (the page was closed while the
 * worker slept). The origin is the relay's own stamp: content scripts alone can write this area,
 * and the page they run in cannot reach it. Each entry goes through the same checks, limits and
 * budgets as a live batch, and is removed once handed over;
 * a relay still alive may send it again, which the background drops as a duplicate.
 */
export async function drainSavedQueues(area: SavedQueueArea, ingest: (batch: ObservationBatch, origin: string) => Promise<unknown>): Promise<DrainResult> {
  const all = await area.get(null);
  const keys = Object.keys(all).filter((k) => k.startsWith(SAVED_QUEUE_PREFIX));
  const result: DrainResult = { drained: 0, invalid: 0 };
  for (const key of keys) {
    const parsed = observationBatchSchema.safeParse((all[key] as Partial<SavedQueue> | null)?.batch);
    if (!parsed.success || !isWebOrigin(parsed.data.origin)) result.invalid++;
    else {
      await ingest(parsed.data as ObservationBatch, parsed.data.origin);
      result.drained++;
    }
    // Removed only once handed over: a worker stopped mid-drain finds the rest next time.
    await area.remove([key]);
  }
  return result;
}

/** Runs drains one at a time: a startup drain and a page-left drain must not both ingest one entry. */
export function createDrainer(drain: () => Promise<unknown>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  const run = async (): Promise<void> => {
    do {
      again = false;
      await drain();
    } while (again);
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = run().finally(() => (running = null));
    return running;
  };
}
