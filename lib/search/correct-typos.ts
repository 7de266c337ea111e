import { boundedEdits } from './bounded-edits';

export interface SpellingContext {
  /** Words that may be corrected to, with how many dApps use each (the commoner wins a tie). */
  vocabulary: ReadonlyMap<string, number>;
  /** A real word (English the model knows, Indonesian the lexicon knows, a catalog word): never corrected. */
  isWord: (word: string) => boolean;
}

export interface Correction {
  from: string;
  to: string;
}

/** Shorter words have too many neighbours one letter away to be corrected safely. */
const MIN_LENGTH = 4;
/** Edits allowed: one up to 7 letters, two from 8 (a swapped pair of letters counts as one). */
const maxEdits = (length: number) => (length >= 8 ? 2 : 1);

/** The closest vocabulary word within the allowed edits, the commoner on a tie; undefined when none is close. */
function closest(word: string, context: SpellingContext): string | undefined {
  const limit = maxEdits(word.length);
  let best: { to: string; edits: number; uses: number } | undefined;
  for (const [candidate, uses] of context.vocabulary) {
    if (candidate.length < MIN_LENGTH || Math.abs(candidate.length - word.length) > limit) continue;
    const edits = boundedEdits(word, candidate, limit);
    if (edits > limit) continue;
    if (!best || edits < best.edits || (edits === best.edits && uses > best.uses)) best = { to: candidate, edits, uses };
  }
  return best?.to;
}

/**
 * Corrects misspelt words ("uniswp", "stakng", "pinjm") to the nearest word the catalog or the
 * lexicon uses. Only a word that is no known word at all is touched, so "tire" is never read as
 * "tier", and a word with nothing close (gibberish, an unrelated topic) stays as it is.
 */
export function correctTypos(words: readonly string[], context: SpellingContext): { words: string[]; corrections: Correction[] } {
  const corrections: Correction[] = [];
  const corrected = words.map((word) => {
    if (word.length < MIN_LENGTH || !/^\p{L}+$/u.test(word) || context.isWord(word)) return word;
    const to = closest(word, context);
    if (to === undefined) return word;
    corrections.push({ from: word, to });
    return to;
  });
  return { words: corrected, corrections };
}
