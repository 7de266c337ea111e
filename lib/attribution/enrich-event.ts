import type { CatalogLookup } from '../catalog/catalog-lookup';
import type { DecodedAction } from '../decode/decoded-action';
import { decodeEvent } from '../decode/decode-event';
import { checkSite } from '../safety/check-site';
import { siteIndexFor } from '../safety/site-index-for';
import type { SiteVerdict } from '../safety/site-verdict';
import { attributeEvent, type Attribution } from './attribute-event';
import { touchedDapps } from './touched-dapps';

export interface Enrichment extends Attribution {
  action: DecodedAction;
  /** dApps whose contracts the event touched besides its own. */
  touched: string[];
  /** The site check's verdict on the page, set when the page was flagged (phishing or lookalike). */
  site?: SiteVerdict;
}

/**
 * Decodes an event and attributes it to a dApp. Generic calls (deposit, withdraw) read differently
 * on a bridge than on a lending market, so once the dApp is known the call is decoded again with
 * its category as a hint. Activity on a phishing or lookalike page belongs to no dApp, not even
 * through a real contract it calls: the page chose the call, and crediting the imitated dApp would
 * dress the attack up as ordinary use (and feed it into recommendations).
 */
export function enrichEvent(lookup: CatalogLookup, event: { method: string; params: unknown[]; chainId: number | null; origin: string | null }): Enrichment {
  const first = decodeEvent(event);
  const site = event.origin ? checkSite(event.origin, siteIndexFor(lookup)) : null;
  if (site && (site.verdict === 'phishing' || site.verdict === 'lookalike')) return { dappId: null, via: null, action: first, touched: [], site };
  const attribution = attributeEvent(lookup, event, first);
  const category = attribution.dappId ? lookup.byId.get(attribution.dappId)?.category : undefined;
  const action = category ? decodeEvent(event, { category }) : first;
  return { ...attribution, action, touched: touchedDapps(lookup, event, action).filter((id) => id !== attribution.dappId) };
}
