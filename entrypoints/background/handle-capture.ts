import { TokenBuckets } from '@/lib/activity/token-bucket';
import { exportActivity } from '@/lib/storage/export-activity';
import { importActivity } from '@/lib/storage/import-activity';
import { ingestObservations } from '@/lib/storage/ingest-observations';
import { applyPause } from '@/lib/storage/pause-settings';
import type { SextantDb } from '@/lib/storage/schema';
import type { CatalogService } from './catalog-service';
import { handle, type Caller } from './handle';
import type { Recommender } from './recommender';

/** Observed activity in; pause switches; activity files in and out. */
export function handleCapture(db: SextantDb, catalog: CatalogService, recommender: Recommender, onWallet: (caller: Caller) => Promise<void>): void {
  // A person acts a few times a minute; these allow bursts of real use and cap a flooding page.
  const limits = {
    requests: new TokenBuckets(120, 1 / 20),
    outcomes: new TokenBuckets(240, 1),
  };
  handle('recordObservations', async (batch, caller) => {
    const { lookup } = await catalog.get();
    const result = await ingestObservations(db, batch, caller.origin, { limits, lookup });
    if (result.stored || result.rejected) recommender.schedule(result.rejected > 0);
    // Any accepted observation means a page script talked to a wallet here (paused sites included).
    // The relay must not resend a stored batch because a sidebar could not be drawn, so this is not awaited.
    if (result.stored || result.updated || result.drops.paused) onWallet(caller).catch((e: unknown) => console.warn('Sextant: sidebar not drawn', e));
  });
  handle('setPaused', async (change) => void (await applyPause(db, change)));
  handle('importActivity', async (text) => {
    const result = await importActivity(db, text, (await catalog.get()).lookup);
    if (result.ok) recommender.schedule();
    return result;
  });
  handle('exportActivity', () => exportActivity(db));
}
