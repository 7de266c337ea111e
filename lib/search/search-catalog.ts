import type { CatalogLookup } from '../catalog/catalog-lookup';
import { dappText } from '../embedding/dapp-text';
import type { Embedder } from '../embedding/embedder';
import type { VectorIndex } from '../embedding/vector-index';
import { maxSim } from './max-sim';
import type { TokenCache } from './token-cache';

/** Candidates from the pooled vectors that token-level scoring looks at again. */
const RERANK = 300;
/** Weight of the pooled cosine beside the token-level score (chosen on tests/eval/search-queries.json from 0, 0.2, 0.5, 1). */
const POOLED_WEIGHT = 0.5;

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
  /** Token vectors of catalog texts; without it, search uses the pooled vectors alone. */
  tokens?: TokenCache;
}

/**
 * Semantic search, all on the device: the query's pooled vector picks candidates from every dApp's
 * vector, then (given token vectors) each candidate is scored again token by token (max-sim) and
 * the two scores are combined.
 */
export async function searchCatalog(embedder: Embedder, index: VectorIndex, lookup: CatalogLookup, query: string, options: SearchOptions = {}): Promise<SearchResult[]> {
  const [vector] = await embedder.embed([query]);
  const chain = options.chain;
  const top = options.top ?? 10;
  const keep = chain === undefined ? undefined : (i: number) => lookup.byId.get(index.ids[i]!)?.chains.includes(chain) ?? false;
  let hits = index.topK(vector!, options.tokens ? RERANK : top, keep);
  if (options.tokens) {
    const [queryTokens] = await embedder.embedTokens([query]);
    const docs = await options.tokens.get(hits.map((h) => h.id), (id) => dappText(lookup.byId.get(id)!));
    hits = hits
      .map((h, i) => ({ id: h.id, score: (maxSim(queryTokens!, docs[i]!) + POOLED_WEIGHT * h.score) / (1 + POOLED_WEIGHT) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, top);
    options.tokens.trim();
  }
  return hits.map(({ id, score }) => {
    const dapp = lookup.byId.get(id)!;
    return { id, name: dapp.name, category: dapp.category, score: Math.round(score * 1e4) / 1e4 };
  });
}
