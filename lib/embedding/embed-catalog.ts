import type { Dapp } from '../catalog/dapp-schema';
import { dappText } from './dapp-text';
import type { Embedder, ProgressListener } from './embedder';
import type { EmbeddingStore } from './embedding-store';
import { embedCached } from './embed-cached';
import { VectorIndex } from './vector-index';

/** Vectors for every catalog dApp, computed once per model and text, as a searchable index. */
export async function embedCatalog(embedder: Embedder, store: EmbeddingStore, dapps: readonly Dapp[], onProgress?: ProgressListener): Promise<VectorIndex> {
  const vectors = await embedCached(embedder, store, dapps.map(dappText), onProgress);
  return new VectorIndex(dapps.map((d) => d.id), vectors, embedder.dimensions);
}
