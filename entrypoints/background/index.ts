import { TokenBuckets } from '@/lib/activity/token-bucket';
import { defaultLookup } from '@/lib/catalog/default-lookup';
import { onMessage } from '@/lib/messaging/protocol';
import { searchRequestSchema } from '@/lib/messaging/search-request-schema';
import { searchCatalog } from '@/lib/search/search-catalog';
import { exportActivity } from '@/lib/storage/export-activity';
import { importActivity } from '@/lib/storage/import-activity';
import { ingestObservations } from '@/lib/storage/ingest-observations';
import { applyPause } from '@/lib/storage/pause-settings';
import { pauseChangeSchema } from '@/lib/messaging/pause-change-schema';
import { readModelId, writeModelId } from '@/lib/storage/model-setting';
import { openDb } from '@/lib/storage/schema';
import { fromExtensionPage } from './extension-page';
import { createModelService } from './model-service';
import { shippedModels } from './shipped-models';
import { senderOrigin } from './sender-origin';

export default defineBackground(() => {
  const db = openDb();
  const model = createModelService(db);
  // A person acts a few times a minute; these allow bursts of real use and cap a flooding page.
  const limits = {
    requests: new TokenBuckets(120, 1 / 20),
    outcomes: new TokenBuckets(240, 1),
  };
  const lookup = defaultLookup();

  /** Messages only Sextant's own pages may send; a content script asking is refused. */
  function pageOnly<T>(sender: chrome.runtime.MessageSender, run: () => T): T {
    if (!fromExtensionPage(sender)) throw new Error('not allowed from a web page');
    return run();
  }

  onMessage('recordObservations', async ({ data, sender }) => {
    await ingestObservations(db, data, senderOrigin(sender), { limits, lookup });
  });
  onMessage('setPaused', ({ data, sender }) => pageOnly(sender, async () => void (await applyPause(db, pauseChangeSchema.parse(data)))));
  onMessage('importActivity', ({ data, sender }) => pageOnly(sender, () => importActivity(db, typeof data === 'string' ? data : '', lookup)));
  onMessage('exportActivity', ({ sender }) => pageOnly(sender, () => exportActivity(db)));
  onMessage('prepareModel', ({ sender }) => pageOnly(sender, async () => void (await model.get())));
  onMessage('listModels', ({ sender }) => pageOnly(sender, async () => ({ models: await shippedModels(), current: await readModelId(db) })));
  onMessage('setModel', ({ data, sender }) =>
    pageOnly(sender, async () => {
      if (typeof data !== 'string' || !(await shippedModels()).includes(data)) throw new Error(`no model folder named "${String(data)}" in this extension`);
      await writeModelId(db, data);
      void model.get().catch(() => {});
    }),
  );
  onMessage('search', ({ data, sender }) =>
    pageOnly(sender, async () => {
      const request = searchRequestSchema.parse(data);
      const { embedder, index, lookup } = await model.get();
      return searchCatalog(embedder, index, lookup, request.query, request);
    }),
  );
});
