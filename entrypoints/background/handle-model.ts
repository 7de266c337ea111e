import { dappDescription } from '@/lib/catalog/dapp-description';
import { searchCatalog } from '@/lib/search/search-catalog';
import { SETTINGS } from '@/lib/settings/registry';
import { setSetting } from '@/lib/settings/write-setting';
import type { SextantDb } from '@/lib/storage/schema';
import type { createModelService } from './model-service';
import { handle } from './handle';
import { shippedModels } from './shipped-models';
import { createFailureLog } from './failure-log';

/** Model loading, model choice, and semantic search. */
export function handleModel(db: SextantDb, model: ReturnType<typeof createModelService>): void {
  handle('prepareModel', async () => void (await model.get()));
  handle('listModels', () => shippedModels());
  handle('setModel', async (modelId) => {
    if (!(await shippedModels()).includes(modelId)) throw new Error(`no model folder named "${modelId}" in this extension`);
    await setSetting(db, SETTINGS.modelId, modelId);
    // A failed load also shows in the model status the pages show.
    model.get().catch(createFailureLog(db)('loading the chosen model'));
  });
  handle('search', async (request) => {
    const { embedder, index, lookup, tokens } = await model.get();
    const answer = await searchCatalog(embedder, index, lookup, request.query, { top: request.top, chain: request.chain, tokens });
    const results = answer.results.map((r) => {
      const dapp = lookup.byId.get(r.id)!;
      return { ...r, url: dapp.origins[0]!, description: dappDescription(dapp, request.locale) };
    });
    return { ...answer, results };
  });
}
