import type { CatalogLookup } from '../catalog/catalog-lookup';
import { dappText } from '../embedding/dapp-text';
import { DEFAULT_MODEL_ID } from '../embedding/default-model';
import type { Embedder } from '../embedding/embedder';
import type { VectorIndex } from '../embedding/vector-index';
import { dot } from '../embedding/dot';
import { catalogWords, type CatalogWords } from './catalog-words';
import type { SpellingContext } from './correct-typos';
import { indonesianRoot } from './indonesian/translate-query';
import { maxSim } from './max-sim';
import type { TokenCache } from './token-cache';
import { understandQuery } from './understand-query';

/** Candidates from the pooled vectors that token-level scoring looks at again. */
const RERANK = 300;
/** Weight of the pooled cosine beside the token-level score (chosen on tests/eval/search-queries.json from 0, 0.2, 0.5, 1). */
const POOLED_WEIGHT = 0.5;
/** Weight of the word match (share of the query's words a dApp's texts contain, English or Indonesian): chosen on the dev split among 0, 0.25, 0.5, 1 and 2. */
const LEXICAL_WEIGHT = 0.5;
/** dApps found by their words alone that join the candidates. */
const LEXICAL_CANDIDATES = 50;

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
 * tests/eval/search-queries.json with the word match and spelling in place: the lowest real
 * query scored 0.448, so 0.42 keeps a margin under it (0.44 would also refuse one more of the 13
 * off-topic queries, 0.46 two real ones).
 */
export const RELEVANCE_FLOOR = 0.42;
/**
 * Below this share of the query's words (weighted by rarity) that the catalog uses anywhere, the
 * query is about something else ("weather tomorrow", "cuaca besok"). On the dev split real queries
 * scored 0.45 and up and off-topic ones 0.25 and down, but for two (0.62, 0.8): 0.35 sits between.
 */
const CATALOG_WORDS_FLOOR = 0.35;
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
  /** The query as search read it, when it corrected a misspelling (shown: "Read as “uniswap”"). */
  readAs: string | null;
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

interface Candidate {
  id: string;
  /** Pooled cosine with the query. */
  pooled: number;
}

/** Spelling correction needs to tell real words from misspellings: without the model's vocabulary, nothing is corrected. */
function spellingFor(embedder: Embedder, words: CatalogWords): SpellingContext | undefined {
  const knowsWord = embedder.knowsWord?.bind(embedder);
  return knowsWord && { vocabulary: words.vocabulary, isWord: (w) => words.vocabulary.has(w) || indonesianRoot(w) !== undefined || knowsWord(w) };
}

/** The nearest dApps by pooled vector, the dApp the query names, and the dApps sharing most of its words. */
function candidatesFor(vector: Float32Array, index: VectorIndex, words: CatalogWords, wordMatch: Float64Array, named: ReadonlySet<string>, pooledCount: number, onChains: (id: string) => boolean): Candidate[] {
  const keep = (i: number) => onChains(index.ids[i]!);
  const found = index.topK(vector, pooledCount, keep).map((h) => ({ id: h.id, pooled: h.score }));
  const seen = new Set(found.map((c) => c.id));
  const add = (id: string) => {
    const v = index.vector(id);
    if (seen.has(id) || !v || !onChains(id)) return;
    found.push({ id, pooled: dot(vector, v) });
    seen.add(id);
  };
  named.forEach(add);
  [...wordMatch.keys()]
    .filter((i) => wordMatch[i]! > 0 && !seen.has(words.lexical.ids[i]!))
    .sort((a, b) => wordMatch[b]! - wordMatch[a]!)
    .slice(0, LEXICAL_CANDIDATES)
    .forEach((i) => add(words.lexical.ids[i]!));
  return found;
}

/**
 * Search, all on the device. The query is read first: misspellings become catalog words, chains it
 * names become a filter and Indonesian words become English (the model knows English only). Its
 * pooled vector picks candidates from every dApp's vector, word matching (over the English texts
 * and the Indonesian descriptions) adds the dApps that share its words, and each candidate is
 * scored by its token-level match (max-sim, given token vectors), its pooled cosine and its word
 * match together. A query the catalog's words do not cover, or whose best score is under the
 * floor, answers no good match.
 */
export async function searchCatalog(embedder: Embedder, index: VectorIndex, lookup: CatalogLookup, query: string, options: SearchOptions = {}): Promise<SearchAnswer> {
  const words = catalogWords(lookup);
  const understood = understandQuery(query, lookup.dapps.map((d) => d.name), spellingFor(embedder, words));
  const chains = [...new Set([...understood.chains, ...(options.chain === undefined ? [] : [options.chain])])];
  const [vector] = await embedder.embed([understood.text]);
  const [queryTokens] = await embedder.embedTokens([understood.text]);
  const top = options.top ?? 10;
  const onChains = (id: string) => {
    const on = lookup.byId.get(id)?.chains ?? [];
    return chains.every((c) => on.includes(c));
  };
  const wordMatch = words.lexical.coverage(understood.terms);
  // A query that is a dApp's name ("uniswap", "uniswp") finds that dApp, a full match.
  const named = new Set(words.byName.get(understood.nameKey) ?? []);
  const candidates = candidatesFor(vector!, index, words, wordMatch, named, options.tokens ? RERANK : top + LEXICAL_CANDIDATES, onChains);
  const tokenVectors = options.tokens ? await options.tokens.get(candidates.map((c) => c.id), (id) => dappText(lookup.byId.get(id)!)) : null;
  options.tokens?.trim();
  const scoreOf = (c: Candidate, i: number) => {
    if (named.has(c.id)) return 1;
    const lexical = LEXICAL_WEIGHT * (wordMatch[words.position.get(c.id) ?? -1] ?? 0);
    return tokenVectors
      ? (maxSim(queryTokens!, tokenVectors[i]!) + POOLED_WEIGHT * c.pooled + lexical) / (1 + POOLED_WEIGHT + LEXICAL_WEIGHT)
      : (c.pooled + lexical) / (1 + LEXICAL_WEIGHT);
  };
  const results = candidates
    .map((c, i) => ({ id: c.id, score: scoreOf(c, i) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, top)
    .map(({ id, score }) => {
      const dapp = lookup.byId.get(id)!;
      return { id, name: dapp.name, category: dapp.category, score: Math.round(score * 1e4) / 1e4 };
    });
  // Calibrated on the default model's scores; another model's scores live on another scale, so it gets no floor.
  const floor = options.floor ?? (embedder.modelId === DEFAULT_MODEL_ID ? RELEVANCE_FLOOR : 0);
  const letters = understood.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  const unreadable = queryTokens!.weights.length > MAX_PIECES_PER_LETTER * letters;
  const offTopic = !understood.recognised || unreadable || words.lexical.known(understood.terms) < CATALOG_WORDS_FLOOR;
  const noGoodMatch = floor > 0 && (offTopic || (results[0]?.score ?? 0) < floor);
  return { results: noGoodMatch ? [] : results, noGoodMatch, chains, readAs: understood.readAs };
}
