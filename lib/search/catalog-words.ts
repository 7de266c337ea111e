import type { CatalogLookup } from '../catalog/catalog-lookup';
import { dappDescription } from '../catalog/dapp-description';
import { dappText } from '../embedding/dapp-text';
import { INDONESIAN_TERMS } from './indonesian/indonesian-terms';
import { indonesianRoot } from './indonesian/translate-query';
import { LexicalIndex } from './lexical-index';
import { stemEnglish } from './stem-english';
import { STOP_WORDS } from './stop-words';

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-case words of a text, accents and punctuation gone ("Pinjam," → "pinjam", ".eth" → "eth"). */
export const wordsOf = (text: string): string[] => text.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(WORD) ?? [];

/** The forms a word is matched by, the same for catalog texts and queries: its English stem and, when the lexicon knows it, its Indonesian root. */
export function formsOf(word: string): string[] {
  const root = indonesianRoot(word);
  const stem = stemEnglish(word);
  return root === undefined || root === stem ? [stem] : [stem, root];
}

export interface CatalogWords {
  /** Word matching over each dApp's English text and Indonesian description, in `lookup.dapps` order. */
  lexical: LexicalIndex;
  position: ReadonlyMap<string, number>;
  /** Words a misspelling may be corrected to, with how many dApps use each. */
  vocabulary: ReadonlyMap<string, number>;
  /** dApp ids by their name as a query would say it (nameKey): "uniswap", "rocket pool", "sky". */
  byName: ReadonlyMap<string, readonly string[]>;
}

/** Words as one key, the way both names and queries are compared: stems, without function words. */
export const nameKey = (words: readonly string[]) => words.filter((w) => !STOP_WORDS.has(w)).map(stemEnglish).join(' ');

function build(lookup: CatalogLookup): CatalogWords {
  const vocabulary = new Map<string, number>(Object.keys(INDONESIAN_TERMS).map((w) => [w, 1]));
  // Most words recur across dApps: find each one's forms once.
  const forms = new Map<string, string[]>();
  const formsOnce = (w: string) => forms.get(w) ?? forms.set(w, formsOf(w)).get(w)!;
  const docs = lookup.dapps.map((dapp) => {
    const words = new Set([...wordsOf(dappText(dapp)), ...wordsOf(dappDescription(dapp, 'id'))].filter((w) => !STOP_WORDS.has(w)));
    for (const w of words) vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
    return { id: dapp.id, forms: [...words].flatMap(formsOnce) };
  });
  const byName = new Map<string, string[]>();
  for (const dapp of lookup.dapps) {
    // "Sky (formerly Maker)" is asked for as "sky"; "rocket-pool" as "rocket pool".
    for (const key of new Set([nameKey(wordsOf(dapp.name.replace(/\(.*\)/, ''))), nameKey(wordsOf(dapp.id))])) byName.set(key, [...(byName.get(key) ?? []), dapp.id]);
  }
  return { lexical: new LexicalIndex(docs), position: new Map(lookup.dapps.map((d, i) => [d.id, i])), vocabulary, byName };
}

const built = new WeakMap<CatalogLookup, CatalogWords>();

/** Built once per catalog (an imported catalog gets its own). */
export function catalogWords(lookup: CatalogLookup): CatalogWords {
  let words = built.get(lookup);
  if (!words) built.set(lookup, (words = build(lookup)));
  return words;
}
