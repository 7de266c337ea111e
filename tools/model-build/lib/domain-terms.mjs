// Reads domain-terms.txt: one lowercase word per line, `#` comments. Words must survive the BERT
// normaliser and pre-tokeniser unchanged, or they could never be produced as a single token.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDir } from './paths.mjs';

export const domainTermsFile = join(buildDir, 'domain-terms.txt');

export async function loadDomainTerms() {
  const lines = (await readFile(domainTermsFile, 'utf8')).split('\n').map((l) => l.replace(/#.*/, '').trim());
  const terms = lines.filter(Boolean);
  const bad = terms.filter((t) => !/^[a-z0-9]+$/.test(t));
  if (bad.length) throw new Error(`domain-terms.txt: not lowercase [a-z0-9]: ${bad.join(', ')}`);
  return [...new Set(terms)];
}
