import type { CatalogLookup } from '../catalog/catalog-lookup';
import { buildBrands, type Brand } from './brand-index';
import { commonWords } from './common-words';
import { bundledPhishingList, type PhishingList } from './phishing-list';
import { parseWebHost } from './registrable-domain';

/** What the site check compares a page against: the catalog's official sites and names, and the phishing list. */
export interface SiteIndex {
  /** Official host → dApp id (a page on that host or any subdomain of it is the dApp's). */
  officialHosts: ReadonlyMap<string, string>;
  /** Registrable domains of official hosts → dApp id: never a lookalike, even off the official host (`docs.arbitrum.io`). */
  ownedDomains: ReadonlyMap<string, string>;
  brands: readonly Brand[];
  phishing: PhishingList;
  words: ReadonlySet<string>;
}

export interface SiteIndexOptions {
  phishing?: PhishingList;
  words?: ReadonlySet<string>;
}

/** Builds the site check's index from the catalog in use (bundled plus imports). */
export function buildSiteIndex(lookup: CatalogLookup, options: SiteIndexOptions = {}): SiteIndex {
  const words = options.words ?? commonWords();
  const officialHosts = new Map<string, string>();
  const ownedDomains = new Map<string, string>();
  for (const [host, dapp] of lookup.byHost) {
    officialHosts.set(host, dapp.id);
    const domain = parseWebHost(`https://${host}`)?.domain;
    if (domain && !ownedDomains.has(domain)) ownedDomains.set(domain, dapp.id);
  }
  return { officialHosts, ownedDomains, brands: buildBrands(lookup.dapps, words), phishing: options.phishing ?? bundledPhishingList(), words };
}
