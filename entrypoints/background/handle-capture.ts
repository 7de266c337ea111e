import { TokenBuckets } from '@/lib/activity/token-bucket';
import { createDrainer, drainSavedQueues, SAVED_QUEUE_PREFIX, type SavedQueue } from '@/lib/storage/drain-saved-queues';
import { addDrops } from '@/lib/storage/drops-repo';
import { ingestObservations } from '@/lib/storage/ingest-observations';
import { applyPause } from '@/lib/storage/pause-settings';
import { repairEventTimes } from '@/lib/storage/repair-event-times';
import { createStorageBudget } from '@/lib/storage/storage-budget';
import { showsWallet } from '@/lib/storage/wallet-seen';
import type { SextantDb } from '@/lib/storage/schema';
import type { CatalogService } from './catalog-service';
import { handle, type Caller } from './handle';
import type { Recommender } from './recommender';
import { createFailureLog } from './failure-log';

/** Observed activity in; pause switches. */
export function handleCapture(db: SextantDb, catalog: CatalogService, recommender: Recommender, onWallet: (caller: Caller) => Promise<void>): void {
  repairEventTimes(db, Date.now()).catch((error: unknown) => console.error('Sextant: could not repair stored event times', error));
  // A person acts a few times a minute; these allow bursts of real use and cap a flooding page.
  const limits = {
    requests: new TokenBuckets(120, 1 / 20),
    outcomes: new TokenBuckets(240, 1),
  };
  const budget = createStorageBudget(db);
  const ingest = async (batch: unknown, origin: string | null) => {
    const { lookup } = await catalog.get();
    const result = await ingestObservations(db, batch, origin, { limits, lookup, budget });
    if (result.stored || result.rejected) recommender.schedule(result.rejected > 0);
    return result;
  };
  handle('recordObservations', async (batch, caller) => {
    const result = await ingest(batch, caller.origin);
    // The relay must not resend a stored batch because a sidebar could not be drawn, so this is not awaited.
    if (showsWallet(result)) onWallet(caller).catch((e: unknown) => console.warn('Sextant: sidebar not drawn', e));
  });

  // Queues that relays saved because their page went away before the worker answered.
  const drain = createDrainer(async () => {
    const { invalid } = await drainSavedQueues(browser.storage.local, ingest);
    if (invalid) await addDrops(db, { 'invalid-shape': invalid });
  });
  const failed = createFailureLog(db);
  const drainSaved = (): void => {
    drain().catch(failed('finishing saved capture queues'));
  };
  drainSaved();
  // A page that leaves writes its queue one last time; that change also wakes a sleeping worker.
  browser.storage.onChanged.addListener((changes, area) => {
    const left = Object.entries(changes).some(([key, change]) => key.startsWith(SAVED_QUEUE_PREFIX) && (change.newValue as Partial<SavedQueue> | undefined)?.left);
    if (area === 'local' && left) drainSaved();
  });
  // Firefox drops a closing tab's last write (the relay's "left" flag above never arrives), so a
  // closed tab is a cue too; a queue whose relay is still alive is dropped as a duplicate if resent.
  browser.tabs.onRemoved.addListener(drainSaved);
  handle('setPaused', async (change) => void (await applyPause(db, change)));
}
