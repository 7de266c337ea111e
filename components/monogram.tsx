import type { CSSProperties } from 'react';
import { categoryHue } from './category-hue';

/** "Uniswap" → "U", "Rocket Pool" → "RP", "1inch" → "1i", "Sky (formerly Maker)" → "S": a logo that needs no network. */
export function initials(name: string): string {
  // A bracketed aside ("(formerly Maker)", "(Instadapp)") is not part of the name people know.
  const words = (name.replace(/\s*\(.*\)\s*/gu, ' ').trim() || name).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length >= 2) return (words[0]![0]! + words[1]![0]!).toUpperCase();
  const word = words[0] ?? '?';
  return /^\d/.test(word) ? word.slice(0, 2) : word[0]!.toUpperCase();
}

/** A dApp's offline visual identity: its initials on a colour from its category. */
export function Monogram({ name, category, small }: { name: string; category: string; small?: boolean }) {
  return (
    <span className={small ? 'monogram small' : 'monogram'} style={{ '--hue': categoryHue(category) } as CSSProperties} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
