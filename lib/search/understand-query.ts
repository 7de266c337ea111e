import { formsOf, nameKey, wordsOf } from './catalog-words';
import { findChainWords } from './chain-words';
import { correctTypos, type SpellingContext } from './correct-typos';
import { translateQuery } from './indonesian/translate-query';
import type { QueryTerm } from './lexical-index';
import { STOP_WORDS } from './stop-words';

export interface UnderstoodQuery {
  /** English text for the model, without the words that named chains. */
  text: string;
  /** Chains the query named; results must be on all of them. */
  chains: number[];
  indonesian: boolean;
  /** The query's words for word matching, each as the forms that count as finding it (an Indonesian word: its root and its English). */
  terms: QueryTerm[];
  /** The query as read once misspellings were corrected ("uniswp" → "uniswap"); null when nothing was. */
  readAs: string | null;
  /** The query's words as one key, to compare with dApp names (nameKey). */
  nameKey: string;
  /** Some word of the query is a real word (after correction); false for gibberish ("asdfghjkl", "kkkkkkkk"). Always true without a spelling context. */
  recognised: boolean;
}

/** A query word and its English as alternatives, without filler; none when every alternative is filler. */
function termOf(word: string, english: string | undefined): QueryTerm | null {
  // Indonesian filler whose English is only function words ("ini" → "this").
  if (english !== undefined && wordsOf(english).every((w) => STOP_WORDS.has(w))) return null;
  const alternatives = [...wordsOf(word), ...wordsOf(english ?? '')].filter((w) => !STOP_WORDS.has(w));
  return alternatives.length ? [...new Set(alternatives.flatMap(formsOf))] : null;
}

/**
 * Misspellings first (given a spelling context), so "optimsm" still names a chain; then chain
 * words out (they include Indonesian "di", "jaringan"); then the rest into English.
 */
export function understandQuery(query: string, dappNames: readonly string[], spelling?: SpellingContext): UnderstoodQuery {
  const raw = query.toLowerCase().split(/\s+/).filter(Boolean);
  const { words, corrections } = spelling ? correctTypos(raw, spelling) : { words: raw, corrections: [] };
  const { chains, rest } = findChainWords(words.join(' '), dappNames);
  const translated = translateQuery(rest);
  const terms = translated.words.map((w) => termOf(w.word, w.english)).filter((t): t is QueryTerm => t !== null);
  const recognised = spelling ? words.some((w) => wordsOf(w).some(spelling.isWord)) : true;
  const key = nameKey(translated.words.flatMap((w) => wordsOf(w.word)));
  return { text: translated.text, chains, indonesian: translated.indonesian, terms, readAs: corrections.length ? words.join(' ') : null, recognised, nameKey: key };
}
