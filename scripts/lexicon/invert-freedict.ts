const HEADWORD = /^(\S.*?)\s+(?:\/.*\/\s+)?<([a-z]+)>$/;
const SENSE = /^\d+\.\s+(.*)$/;
const WORD = /^[a-z][a-z-]*$/;
/** English parts of speech worth translating into; names of people and places are not. */
const KEEP = new Set(['n', 'v', 'adj', 'adv', 'prep', 'pron', 'conj', 'num']);
/** English words per Indonesian word: the first is what a query is rewritten to. */
const PER_WORD = 3;

/**
 * Inverts FreeDict's English→Indonesian text into Indonesian word → English words, the most
 * common English words first (rank: position in the model's WordPiece vocabulary, which follows
 * frequency). Lists too which Indonesian words are also English headwords, so a query is not
 * translated from a word that may be English.
 */
export function invertFreedict(text: string, vocab: Record<string, number>): { words: Record<string, string[]>; ambiguous: string[] } {
  const lines = text.split('\n');
  const inverted = new Map<string, Set<string>>();
  const english = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const head = HEADWORD.exec(lines[i]!);
    if (!head) continue;
    const word = head[1]!.toLowerCase();
    if (!KEEP.has(head[2]!) || !WORD.test(word)) continue;
    english.add(word);
    const senses: string[] = [];
    for (let j = i + 1; j < lines.length && !HEADWORD.test(lines[j]!); j++) {
      const sense = SENSE.exec(lines[j]!);
      if (sense) senses.push(sense[1]!);
      else if (j === i + 1) senses.push(lines[j]!);
    }
    for (const sense of senses) {
      for (const raw of sense.replace(/\s+\d+\.$/, '').split(',')) {
        const id = raw.trim().toLowerCase();
        if (!WORD.test(id) || id === word) continue;
        if (!inverted.has(id)) inverted.set(id, new Set());
        inverted.get(id)!.add(word);
      }
    }
  }
  const rank = (w: string) => vocab[w] ?? Number.MAX_SAFE_INTEGER;
  const words: Record<string, string[]> = {};
  for (const id of [...inverted.keys()].sort()) {
    words[id] = [...inverted.get(id)!].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b)).slice(0, PER_WORD);
  }
  return { words, ambiguous: Object.keys(words).filter((id) => english.has(id)) };
}
