// Builds lib/search/indonesian/freedict-id-en.json: an Indonesian→English word list inverted from
// FreeDict's English–Indonesian dictionary (CC-BY-SA-3.0, Debian package dict-freedict-eng-ind).
// Usage: apt-get download dict-freedict-eng-ind && dpkg-deb -x dict-freedict-eng-ind_*.deb /tmp/fd
//        npx tsx scripts/lexicon/build-indonesian-lexicon.ts /tmp/fd/usr/share/dictd/freedict-eng-ind.dict.dz
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { invertFreedict } from './invert-freedict';

const [source] = process.argv.slice(2);
if (!source) throw new Error('give the path of freedict-eng-ind.dict.dz');
const text = gunzipSync(readFileSync(source)).toString('utf8');
const tokenizer = JSON.parse(readFileSync('public/models/sextant-use-static-256/tokenizer.json', 'utf8')) as { model: { vocab: Record<string, number> } };
const { words, ambiguous } = invertFreedict(text, tokenizer.model.vocab);
const out = {
  source: 'FreeDict English-Bahasa Indonesia (WikDict, from Wiktionary), edition 2022.11.18, Debian package dict-freedict-eng-ind 2022.12.07-2, inverted to Indonesian → English',
  license: 'CC-BY-SA-3.0 (https://creativecommons.org/licenses/by-sa/3.0/); see public/licenses/freedict-eng-ind.txt',
  words,
  ambiguous,
};
writeFileSync('lib/search/indonesian/freedict-id-en.json', JSON.stringify(out) + '\n');
console.log(`${Object.keys(words).length} Indonesian words, ${ambiguous.length} also English`);
