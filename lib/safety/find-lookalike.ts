import distance from 'damerau-levenshtein';
import type { Brand } from './brand-index';
import { CRYPTO_SUFFIXES, FILLER_WORDS, LURE_WORDS } from './lure-words';
import { editThreshold } from './edit-threshold';
import type { ParsedHost } from './registrable-domain';
import { readableLabel, skeleton } from './skeleton';
import type { SiteCheckReason } from './site-verdict';

export interface Lookalike {
  dappId: string;
  why: SiteCheckReason;
}

interface Context {
  brands: readonly Brand[];
  words: ReadonlySet<string>;
}

/** True when `rest` (what a name adds to a brand) is evidence of imitation for that brand. */
const addsLure = (brand: Brand, rest: readonly string[]) =>
  rest.length > 0 && (brand.weak ? rest.some((w) => LURE_WORDS.has(w)) : rest.every((w) => w.length > 0));

function plusWord(name: string, brand: Brand): boolean {
  const tokens = name.split('-').filter(Boolean);
  // An official host written as one name ("ens-domains", "lidofi", "revoke-cash").
  const squashed = tokens.join('');
  if (brand.domains.some((d) => d.replace(/\./g, '') === squashed)) return true;
  const at = tokens.indexOf(brand.name);
  if (at >= 0 && tokens.length > 1) return addsLure(brand, tokens.filter((_, i) => i !== at));
  if (tokens.length !== 1 || name === brand.name) return false;
  const rest = name.startsWith(brand.name) ? name.slice(brand.name.length) : name.endsWith(brand.name) ? name.slice(0, -brand.name.length) : null;
  if (rest === null) return false;
  return LURE_WORDS.has(rest) || (!brand.weak && FILLER_WORDS.has(rest));
}

/** A brand's official domain written inside the subdomain (`app.uniswap.org.claim.xyz`): the strongest subdomain evidence, checked for every brand first. */
const domainInSubdomain = (subdomain: string, brand: Brand) => brand.domains.some((d) => `.${subdomain}.`.includes(`.${d}.`));

function nameInSubdomain(subdomain: string, brand: Brand, name: string): boolean {
  const labels = subdomain.split('.').flatMap((l) => l.split('-'));
  if (!labels.includes(brand.name)) return false;
  return !brand.weak || name.split('-').some((w) => LURE_WORDS.has(w));
}

/**
 * The catalog dApp a host imitates, and the signal that shows it, or null. The caller has already
 * ruled out the dApps' own domains and the phishing list's allowlist.
 */
export function findLookalike(host: ParsedHost, { brands, words }: Context): Lookalike | null {
  if (!host.domain || !host.name) return null;
  const name = host.name.split('.').pop()!;
  const suffix = host.domain.slice(host.name.length + 1);
  const readable = readableLabel(name);
  const isIdn = readable !== name;
  const shape = skeleton(readable);
  const readableSubdomain = host.subdomain.split('.').map(readableLabel).join('.');

  for (const brand of brands) {
    if (shape === brand.skeleton && readable !== brand.name) return { dappId: brand.dappId, why: isIdn ? 'punycode' : 'confusable' };
  }
  if (isIdn) {
    for (const brand of brands) {
      if (plusWord(shape, brand) || distance(shape, brand.skeleton).steps <= editThreshold(brand.name.length, true, true)) return { dappId: brand.dappId, why: 'punycode' };
    }
    return null;
  }
  for (const brand of brands) {
    if (name !== brand.name) continue;
    if (!brand.weak || CRYPTO_SUFFIXES.has(suffix)) return { dappId: brand.dappId, why: 'other-tld' };
  }
  for (const brand of brands) if (plusWord(name, brand)) return { dappId: brand.dappId, why: 'brand-plus-word' };
  if (!words.has(name)) {
    for (const brand of brands) {
      const limit = editThreshold(brand.name.length, brand.suffixes.has(suffix) || CRYPTO_SUFFIXES.has(suffix), brand.suffixes.has(suffix));
      if (limit > 0 && Math.abs(name.length - brand.name.length) <= limit && distance(name, brand.name).steps <= limit) return { dappId: brand.dappId, why: 'edit-distance' };
    }
  }
  if (!readableSubdomain) return null;
  const inSubdomain = brands.find((b) => domainInSubdomain(readableSubdomain, b)) ?? brands.find((b) => nameInSubdomain(readableSubdomain, b, name));
  return inSubdomain ? { dappId: inSubdomain.dappId, why: 'brand-in-subdomain' } : null;
}
