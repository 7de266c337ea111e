import type { CatalogLookup } from '@/lib/catalog/catalog-lookup';
import type { Embedder, EmbeddingProgress } from '@/lib/embedding/embedder';
import { embedCatalog } from '@/lib/embedding/embed-catalog';
import { createTransformersEmbedder } from '@/lib/embedding/transformers-embedder';
import type { VectorIndex } from '@/lib/embedding/vector-index';
import { dappText } from '@/lib/embedding/dapp-text';
import { catalogWords } from '@/lib/search/catalog-words';
import { TokenCache } from '@/lib/search/token-cache';
import { dexieEmbeddingStore, pruneStaleEmbeddings } from '@/lib/storage/dexie-embedding-store';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { setSetting } from '@/lib/settings/write-setting';
import type { ModelStatus } from '@/lib/storage/model-status';
import type { SextantDb } from '@/lib/storage/schema';
import type { CatalogService } from './catalog-service';
import { shippedModelIndex } from './shipped-models';
import { createFailureLog } from './failure-log';

export interface ModelContext {
  embedder: Embedder;
  index: VectorIndex;
  lookup: CatalogLookup;
  /** Token vectors for search's second pass, warmed in the background once the catalog is embedded. */
  tokens: TokenCache;
}

// Progress is written to IndexedDB for the pages' bars; a few writes a second are plenty.
const PROGRESS_EVERY_MS = 100;

/**
 * The one place the model lives: loaded lazily on first use, once, behind a promise every caller
 * shares, with the catalog embedded (or read from the cache) right after. A new catalog reuses the
 * loaded model; a new model choice loads that model.
 */
export function createModelService(db: SextantDb, catalog: CatalogService) {
  let model: { id: string; embedder: Promise<Embedder> } | undefined;
  let context: Promise<ModelContext> | undefined;
  // Which build of `context` this is, and the last one that finished: whether a caller would wait.
  let building = 0;
  let built = -1;
  let lastWrite = 0;
  const failed = createFailureLog(db);
  const writeStatus = (status: ModelStatus) => setSetting(db, SETTINGS.modelStatus, status);

  const report = (modelId: string) => (p: EmbeddingProgress) => {
    const now = Date.now();
    if (now - lastWrite < PROGRESS_EVERY_MS && p.done < p.total) return;
    lastWrite = now;
    writeStatus({ modelId, phase: p.phase, done: p.done, total: p.total }).catch(failed('recording model progress'));
  };

  async function loadEmbedder(modelId: string): Promise<Embedder> {
    await writeStatus({ modelId, phase: 'load-model', done: 0, total: 1 });
    const { fingerprints } = await shippedModelIndex();
    return createTransformersEmbedder({
      modelId,
      // An extension update may ship new weights under the same folder name; their vectors must not mix.
      cacheKey: `${modelId}@${fingerprints[modelId] ?? 'unlisted'}`,
      // WXT's typed getURL only knows files; these are folders.
      localModelPath: browser.runtime.getURL('/models/' as '/'),
      wasmPaths: browser.runtime.getURL('/wasm/' as '/'),
      numThreads: 1,
      onProgress: report(modelId),
    });
  }

  async function build(modelId: string, embedderPromise: Promise<Embedder>): Promise<ModelContext> {
    try {
      const embedder = await embedderPromise;
      const { dapps, lookup } = await catalog.get();
      const index = await embedCatalog(embedder, dexieEmbeddingStore(db), dapps, report(modelId));
      pruneStaleEmbeddings(db, modelId, embedder.cacheKey).catch(failed('pruning old embeddings'));
      await writeStatus({ modelId, phase: 'ready', done: dapps.length, total: dapps.length });
      const tokens = new TokenCache(embedder);
      tokens.get(dapps.map((d) => d.id), (id) => dappText(lookup.byId.get(id)!)).catch(failed('warming search tokens'));
      // The catalog's words for search (spelling, word matching), built now rather than on the first search.
      catalogWords(lookup);
      return { embedder, index, lookup, tokens };
    } catch (error) {
      model = undefined;
      context = undefined;
      failed('loading the model')(error);
      await writeStatus({ modelId, phase: 'error', done: 0, total: 0, error: String(error) });
      throw error;
    }
  }

  return {
    /** The chosen model with the current catalog embedded. */
    async get(): Promise<ModelContext> {
      const modelId = await getSetting(db, SETTINGS.modelId);
      if (model?.id !== modelId) {
        model = { id: modelId, embedder: loadEmbedder(modelId) };
        context = undefined;
      }
      if (!context) {
        const generation = ++building;
        context = build(modelId, model.embedder).then((ready) => ((built = generation), ready));
      }
      return context;
    },
    /** Whether the model asked for last is loaded with the catalog embedded, so `get` would not wait. */
    isReady(): boolean {
      return context !== undefined && built === building;
    },
    /** The catalog changed: the next use embeds the new entries; cached vectors are reused. */
    catalogChanged(): void {
      context = undefined;
    },
  };
}
