import { onMessage } from '@/lib/messaging/protocol';
import { searchRequestSchema } from '@/lib/messaging/search-request-schema';
import { dappDescription } from '@/lib/catalog/dapp-description';
import { searchCatalog } from '@/lib/search/search-catalog';
import { readModelId, writeModelId } from '@/lib/storage/model-setting';
import type { SextantDb } from '@/lib/storage/schema';
import type { createModelService } from './model-service';
import { pageOnly } from './page-only';
import { shippedModels } from './shipped-models';

/** Model loading, model choice, and semantic search. */
export function handleModel(db: SextantDb, model: ReturnType<typeof createModelService>): void {
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
      const { embedder, index, lookup, tokens } = await model.get();
      const answer = await searchCatalog(embedder, index, lookup, request.query, { top: request.top, chain: request.chain, tokens });
      const results = answer.results.map((r) => {
        const dapp = lookup.byId.get(r.id)!;
        return { ...r, url: dapp.origins[0]!, description: dappDescription(dapp, request.locale) };
      });
      return { ...answer, results };
    }),
  );
}
