import { dappForOrigin, type CatalogLookup } from '@/lib/catalog/catalog-lookup';
import type { VerdictKind } from '@/lib/sidebar/sidebar-layout';

export interface SiteVerdict {
  verdict: VerdictKind;
  dappId?: string;
  resembles?: string;
  why?: string;
}

/** A site's verdict: a catalog dApp's official origin (or a subdomain of it) is known; anything else unknown. */
export function siteVerdict(lookup: CatalogLookup, origin: string): SiteVerdict {
  const dapp = dappForOrigin(lookup, origin);
  return dapp ? { verdict: 'known', dappId: dapp.id } : { verdict: 'unknown' };
}
