import { searchCatalog } from '@/lib/search/search-catalog';
import { readModelId, writeModelId } from '@/lib/storage/model-setting';
import type { SextantDb } from '@/lib/storage/schema';
import type { createModelService } from './model-service';
import { handle } from './handle';
import { shippedModels } from './shipped-models';

/** Model loading, model choice, and semantic search. */
export function handleModel(db: SextantDb, model: ReturnType<typeof createModelService>): void {
  handle('prepareModel', async () => void (await model.get()));
  handle('listModels', async () => ({ models: await shippedModels(), current: await readModelId(db) }));
  handle('setModel', async (modelId) => {
    if (!(await shippedModels()).includes(modelId)) throw new Error(`no model folder named "${modelId}" in this extension`);
    await writeModelId(db, modelId);
    // A failed load is recorded in the model status the pages show.
    model.get().catch(() => {});
  });
  handle('search', async (request) => {
    const { embedder, index, lookup, tokens } = await model.get();
    const results = await searchCatalog(embedder, index, lookup, request.query, { ...request, tokens });
    return results.map((r) => ({ ...r, url: lookup.byId.get(r.id)!.origins[0]!, description: lookup.byId.get(r.id)!.description }));
  });
}
