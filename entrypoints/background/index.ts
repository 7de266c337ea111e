import { TokenBuckets } from '@/lib/activity/token-bucket';
import { onMessage } from '@/lib/messaging/protocol';
import { exportActivity } from '@/lib/storage/export-activity';
import { importActivity } from '@/lib/storage/import-activity';
import { ingestObservations } from '@/lib/storage/ingest-observations';
import { applyPause } from '@/lib/storage/pause-settings';
import { openDb } from '@/lib/storage/schema';
import { senderOrigin } from './sender-origin';

export default defineBackground(() => {
  const db = openDb();
  // A person acts a few times a minute; these allow bursts of real use and cap a flooding page.
  const limits = {
    requests: new TokenBuckets(120, 1 / 20),
    outcomes: new TokenBuckets(240, 1),
  };

  onMessage('recordObservations', async ({ data, sender }) => {
    await ingestObservations(db, data, senderOrigin(sender), limits);
  });
  onMessage('setPaused', async ({ data }) => {
    await applyPause(db, data);
  });
  onMessage('importActivity', ({ data }) => importActivity(db, typeof data === 'string' ? data : ''));
  onMessage('exportActivity', () => exportActivity(db));
});
