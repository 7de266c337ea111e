import { bundledCatalog } from '@/lib/catalog/bundled-catalog';
import { createCatalogLookup, type CatalogLookup } from '@/lib/catalog/catalog-lookup';
import type { Embedder, EmbeddingProgress } from '@/lib/embedding/embedder';
import { embedCatalog } from '@/lib/embedding/embed-catalog';
import { createTransformersEmbedder } from '@/lib/embedding/transformers-embedder';
import type { VectorIndex } from '@/lib/embedding/vector-index';
import { dexieEmbeddingStore } from '@/lib/storage/dexie-embedding-store';
import { readModelId } from '@/lib/storage/model-setting';
import { writeModelStatus } from '@/lib/storage/model-status';
import type { SextantDb } from '@/lib/storage/schema';

export interface ModelContext {
  embedder: Embedder;
  index: VectorIndex;
  lookup: CatalogLookup;
}

// Progress is written to IndexedDB for the pages' bars; a few writes a second are plenty.
const PROGRESS_EVERY_MS = 100;

/**
 * The one place the model lives: loaded lazily on first use, once, behind a promise every caller
 * shares, with the catalog embedded (or read from the cache) right after.
 */
export function createModelService(db: SextantDb) {
  let ready: { modelId: string; context: Promise<ModelContext> } | undefined;
  let lastWrite = 0;

  const report = (modelId: string) => (p: EmbeddingProgress) => {
    const now = Date.now();
    if (now - lastWrite < PROGRESS_EVERY_MS && p.done < p.total) return;
    lastWrite = now;
    void writeModelStatus(db, { modelId, phase: p.phase, done: p.done, total: p.total });
  };

  async function load(modelId: string): Promise<ModelContext> {
    const onProgress = report(modelId);
    await writeModelStatus(db, { modelId, phase: 'load-model', done: 0, total: 1 });
    const embedder = await createTransformersEmbedder({
      modelId,
      // WXT's typed getURL only knows files; these are folders.
      localModelPath: browser.runtime.getURL('/models/' as '/'),
      wasmPaths: browser.runtime.getURL('/wasm/' as '/'),
      numThreads: 1,
      onProgress,
    });
    const { dapps } = bundledCatalog();
    const index = await embedCatalog(embedder, dexieEmbeddingStore(db), dapps, onProgress);
    await writeModelStatus(db, { modelId, phase: 'ready', done: dapps.length, total: dapps.length });
    return { embedder, index, lookup: createCatalogLookup(dapps) };
  }

  return {
    /** The chosen model, ready to use; switching models loads the new one and embeds the catalog with it. */
    async get(): Promise<ModelContext> {
      const modelId = await readModelId(db);
      if (ready?.modelId !== modelId) {
        const context = load(modelId).catch(async (error: unknown) => {
          if (ready?.context === context) ready = undefined;
          await writeModelStatus(db, { modelId, phase: 'error', done: 0, total: 0, error: String(error) });
          throw error;
        });
        ready = { modelId, context };
      }
      return ready.context;
    },
  };
}
