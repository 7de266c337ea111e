import freedict from './freedict-id-en.json';
import { ENGLISH_LOOKALIKES, INDONESIAN_TERMS } from './indonesian-terms';
import { stemIndonesian } from './stem-indonesian';

export interface IndonesianLexicon {
  /** Hand-written terms: root → English ('' drops the word). */
  terms: Readonly<Record<string, string>>;
  /** General dictionary: Indonesian word → English words, most common first. */
  words: Readonly<Record<string, readonly string[]>>;
  /** Words that may be English as they stand. */
  lookalikes: ReadonlySet<string>;
}

export const defaultIndonesianLexicon: IndonesianLexicon = {
  terms: INDONESIAN_TERMS,
  words: freedict.words,
  lookalikes: new Set([...ENGLISH_LOOKALIKES, ...freedict.ambiguous]),
};

export interface TranslatedWord {
  word: string;
  /** Its English ('' for filler); undefined when it stays as it is (English, a name, an unknown word). */
  english: string | undefined;
}

export interface TranslatedQuery {
  /** The query with every Indonesian word the lexicon knows replaced by English. */
  text: string;
  /** Whether any word was unambiguously Indonesian. */
  indonesian: boolean;
  /** Each word of the query with its English. */
  words: TranslatedWord[];
}

const TOKEN = /[\p{L}\p{N}.$/+]+/gu;

/** The word itself or its root when the lexicon knows it (menukar → tukar); undefined otherwise. */
export function indonesianRoot(word: string, lexicon: IndonesianLexicon = defaultIndonesianLexicon): string | undefined {
  const known = (w: string) => Object.hasOwn(lexicon.terms, w) || Object.hasOwn(lexicon.words, w);
  return known(word) ? word : stemIndonesian(word, known);
}

function english(word: string, lexicon: IndonesianLexicon): string | undefined {
  const { terms, words } = lexicon;
  const root = indonesianRoot(word, lexicon);
  if (root === undefined) return undefined;
  return Object.hasOwn(terms, root) ? terms[root] : words[root]![0];
}

/**
 * Rewrites an Indonesian (or mixed) query into English for the English-only model: each word the
 * lexicon knows, directly or by its root, becomes its English; English words, names and symbols
 * stay. A word that is also English (on, main, per) is translated only when another word shows
 * the query is Indonesian, so English queries pass through unchanged.
 */
export function translateQuery(query: string, lexicon: IndonesianLexicon = defaultIndonesianLexicon): TranslatedQuery {
  const tokens = query.toLowerCase().match(TOKEN) ?? [];
  const found = tokens.map((t) => english(t, lexicon));
  const indonesian = tokens.some((t, i) => found[i] !== undefined && !lexicon.lookalikes.has(t));
  if (!indonesian) return { text: query, indonesian: false, words: tokens.map((word) => ({ word, english: undefined })) };
  const text = tokens.map((t, i) => found[i] ?? t).filter((w) => w !== '').join(' ');
  return { text, indonesian: true, words: tokens.map((word, i) => ({ word, english: found[i] })) };
}
