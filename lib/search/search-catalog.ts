import type { CatalogLookup } from '../catalog/catalog-lookup';
import type { Embedder } from '../embedding/embedder';
import type { VectorIndex } from '../embedding/vector-index';

export interface SearchResult {
  id: string;
  name: string;
  category: string;
  score: number;
}

/** A result with what a page shows: the official site and the description. */
export interface ShownSearchResult extends SearchResult {
  url: string;
  description: string;
}

export interface SearchOptions {
  top?: number;
  /** Only dApps deployed on this chain. */
  chain?: number;
}

/** Semantic search: the query is embedded on the device and compared with every dApp's vector. */
export async function searchCatalog(embedder: Embedder, index: VectorIndex, lookup: CatalogLookup, query: string, options: SearchOptions = {}): Promise<SearchResult[]> {
  const [vector] = await embedder.embed([query]);
  const chain = options.chain;
  const keep = chain === undefined ? undefined : (i: number) => lookup.byId.get(index.ids[i]!)?.chains.includes(chain) ?? false;
  return index.topK(vector!, options.top ?? 10, keep).map(({ id, score }) => {
    const dapp = lookup.byId.get(id)!;
    return { id, name: dapp.name, category: dapp.category, score: Math.round(score * 1e4) / 1e4 };
  });
}
