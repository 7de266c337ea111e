import type { Dapp } from '../dapp-schema';

// Right-to-left overrides, embeddings and isolates, and the invisible direction marks: they make
// a name read differently from what it is ("paws" shown for "swap").
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** True when any text of an entry carries a bidirectional control character. */
export function hasBidiControls(entry: Dapp): boolean {
  const texts = [entry.name, entry.description, ...entry.tags, ...entry.contracts.map((c) => c.label)];
  return texts.some((t) => BIDI.test(t));
}

const normalise = (name: string) => name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
// The registrable part of a host, roughly: its last two labels (app.uniswap.org → uniswap.org).
const site = (origin: string) => new URL(origin).hostname.split('.').slice(-2).join('.');

/**
 * The known dApp whose name an imported entry takes while living on another site: "Uniswap" or
 * "Uniswap Airdrop" at https://uniswap-claim.example. Short names (under 4 letters) are too common
 * to own.
 */
export function impersonatedDapp(entry: Dapp, known: readonly Dapp[]): Dapp | undefined {
  const name = normalise(entry.name);
  const sites = new Set(entry.origins.map(site));
  return known.find((k) => {
    const own = normalise(k.name);
    if (own.length < 4 || !(name === own || name.startsWith(own + ' '))) return false;
    return !k.origins.some((o) => sites.has(site(o)));
  });
}
