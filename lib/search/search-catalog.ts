import type { CatalogLookup } from '../catalog/catalog-lookup';
import { dappText } from '../embedding/dapp-text';
import { DEFAULT_MODEL_ID } from '../embedding/default-model';
import type { Embedder } from '../embedding/embedder';
import type { VectorIndex } from '../embedding/vector-index';
import { maxSim } from './max-sim';
import type { TokenCache } from './token-cache';
import { understandQuery } from './understand-query';

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

export interface ShownSearchAnswer extends Omit<SearchAnswer, 'results'> {
  results: ShownSearchResult[];
}

/**
 * Below this best score, search answers that nothing matches. Chosen on the dev split of
 * tests/eval/search-queries.json: 0.48 refused 8 of 13 off-topic queries and 2 of 132 real ones
 * (0.50: 9 and 4; 0.40: 5 and 1).
 */
export const RELEVANCE_FLOOR = 0.48;
/**
 * More word pieces than one per two letters means the model recognised almost no whole word
 * ("asdfghjkl", "123456789"): such a query is not understood, however its fragments happen to score.
 */
const MAX_PIECES_PER_LETTER = 0.5;

export interface SearchAnswer {
  /** Best first; empty when nothing reaches the floor. */
  results: SearchResult[];
  /** The best score was below the floor: no good match rather than noise. */
  noGoodMatch: boolean;
  /** Chains named in the query, which every result is on. */
  chains: number[];
}

export interface SearchOptions {
  top?: number;
  /** Best score below which search answers no good match (default: RELEVANCE_FLOOR for the default model, none for others); 0 always answers. */
  floor?: number;
  /** Only dApps deployed on this chain. */
  chain?: number;
  /** Token vectors of catalog texts; without it, search uses the pooled vectors alone. */
  tokens?: TokenCache;
}

/**
 * Semantic search, all on the device. The query is read first: chains it names become a filter
 * and Indonesian words become English (the model knows English only). Its pooled vector then picks
 * candidates from every dApp's vector, and (given token vectors) each candidate is scored again
 * token by token (max-sim) and the two scores are combined. A best score under the floor answers
 * no good match.
 */
export async function searchCatalog(embedder: Embedder, index: VectorIndex, lookup: CatalogLookup, query: string, options: SearchOptions = {}): Promise<SearchAnswer> {
  const understood = understandQuery(query, [...lookup.byId.values()].map((d) => d.name));
  const chains = [...new Set([...understood.chains, ...(options.chain === undefined ? [] : [options.chain])])];
  const text = understood.text;
  const [vector] = await embedder.embed([text]);
  const [queryTokens] = await embedder.embedTokens([text]);
  const letters = text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  const unreadable = queryTokens!.weights.length > MAX_PIECES_PER_LETTER * letters;
  const top = options.top ?? 10;
  const keep = chains.length === 0 ? undefined : (i: number) => {
    const on = lookup.byId.get(index.ids[i]!)?.chains ?? [];
    return chains.every((c) => on.includes(c));
  };
  let hits = index.topK(vector!, options.tokens ? RERANK : top, keep);
  if (options.tokens) {
    const docs = await options.tokens.get(hits.map((h) => h.id), (id) => dappText(lookup.byId.get(id)!));
    hits = hits
      .map((h, i) => ({ id: h.id, score: (maxSim(queryTokens!, docs[i]!) + POOLED_WEIGHT * h.score) / (1 + POOLED_WEIGHT) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, top);
    options.tokens.trim();
  }
  const results = hits.map(({ id, score }) => {
    const dapp = lookup.byId.get(id)!;
    return { id, name: dapp.name, category: dapp.category, score: Math.round(score * 1e4) / 1e4 };
  });
  // Calibrated on the default model's scores; another model's scores live on another scale, so it gets no floor.
  const floor = options.floor ?? (embedder.modelId === DEFAULT_MODEL_ID ? RELEVANCE_FLOOR : 0);
  const noGoodMatch = floor > 0 && (unreadable || (results[0]?.score ?? 0) < floor);
  return { results: noGoodMatch ? [] : results, noGoodMatch, chains };
}
