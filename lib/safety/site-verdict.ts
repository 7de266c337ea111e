import type { SiteIndex } from './site-index';

/** What Sextant concludes about a web page's site. */
export type SiteVerdictKind = 'known' | 'phishing' | 'lookalike' | 'unknown';

/** Why a site was flagged: the phishing list, or the lookalike signal that fired. */
export type SiteCheckReason = 'phishing-list' | 'edit-distance' | 'confusable' | 'punycode' | 'brand-in-subdomain' | 'brand-plus-word' | 'other-tld';

export interface SiteVerdict {
  verdict: SiteVerdictKind;
  /** The registrable domain (public-suffix aware), or the host when it has none (an IP, localhost); empty for a URL that is not http(s). */
  domain: string;
  /** The catalog dApp whose official site this is (verdict `known`). */
  dappId?: string;
  /** The catalog dApp this site imitates (verdict `lookalike`, and `phishing` when it also imitates one). */
  resembles?: string;
  /** Why it was flagged (verdicts `phishing` and `lookalike`). */
  why?: SiteCheckReason;
}

export type { SiteIndex };
export { checkSite } from './check-site';
export { buildSiteIndex } from './site-index';
