import type { CatalogLookup } from '../catalog/catalog-lookup';
import type { DecodedAction } from '../decode/decoded-action';
import { decodeEvent } from '../decode/decode-event';
import { attributeEvent, type Attribution } from './attribute-event';
import { touchedDapps } from './touched-dapps';

export interface Enrichment extends Attribution {
  action: DecodedAction;
  /** dApps whose contracts the event touched besides its own. */
  touched: string[];
}

/**
 * Decodes an event and attributes it to a dApp. Generic calls (deposit, withdraw) read differently
 * on a bridge than on a lending market, so once the dApp is known the call is decoded again with
 * its category as a hint.
 */
export function enrichEvent(lookup: CatalogLookup, event: { method: string; params: unknown[]; chainId: number | null; origin: string | null }): Enrichment {
  const first = decodeEvent(event);
  const attribution = attributeEvent(lookup, event, first);
  const category = attribution.dappId ? lookup.byId.get(attribution.dappId)?.category : undefined;
  const action = category ? decodeEvent(event, { category }) : first;
  return { ...attribution, action, touched: touchedDapps(lookup, event, action).filter((id) => id !== attribution.dappId) };
}
