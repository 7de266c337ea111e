import { TokenBuckets } from '@/lib/activity/token-bucket';
import { onMessage } from '@/lib/messaging/protocol';
import { pauseChangeSchema } from '@/lib/messaging/pause-change-schema';
import { ingestObservations } from '@/lib/storage/ingest-observations';
import { applyPause } from '@/lib/storage/pause-settings';
import type { SextantDb } from '@/lib/storage/schema';
import type { CatalogService } from './catalog-service';
import { pageOnly } from './page-only';
import type { Recommender } from './recommender';
import { senderOrigin } from './sender-origin';

/** Observed activity in; pause switches. */
export function handleCapture(db: SextantDb, catalog: CatalogService, recommender: Recommender): void {
  // A person acts a few times a minute; these allow bursts of real use and cap a flooding page.
  const limits = {
    requests: new TokenBuckets(120, 1 / 20),
    outcomes: new TokenBuckets(240, 1),
  };
  onMessage('recordObservations', async ({ data, sender }) => {
    const { lookup } = await catalog.get();
    const result = await ingestObservations(db, data, senderOrigin(sender), { limits, lookup });
    if (result.stored || result.rejected) recommender.schedule(result.rejected > 0);
  });
  onMessage('setPaused', ({ data, sender }) => pageOnly(sender, async () => void (await applyPause(db, pauseChangeSchema.parse(data)))));
}
