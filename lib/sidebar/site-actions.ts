import { describeEvent, type ActionText } from '../activity/describe-event';
import { grantDetails, type GrantDetails, type TokenFactsLookup } from '../activity/grant-details';
import type { Outcome } from '../activity/outcome';
import type { CatalogLookup } from '../catalog/catalog-lookup';
import type { SextantDb, StoredEvent } from '../storage/schema';

/** One of the person's actions on a site, worded and with its grant spelled out. */
export interface SiteAction {
  key: string;
  action: ActionText;
  chainId: number | null;
  time: number;
  outcome: Outcome;
  grant: GrantDetails | null;
}

/** A site's stored events, newest first. */
export async function siteEvents(db: SextantDb, origin: string, limit = 20): Promise<StoredEvent[]> {
  return (await db.events.where('origin').equals(origin).reverse().sortBy('time')).slice(0, limit);
}

/** Words events for the sidebar; `siteDappId` is the dApp the site is, if it is one (spenders of other dApps are flagged). */
export function siteActions(events: readonly StoredEvent[], lookup: CatalogLookup, siteDappId: string | null, tokenFacts?: TokenFactsLookup): SiteAction[] {
  const siteDapp = siteDappId ? (lookup.byId.get(siteDappId) ?? null) : null;
  return events.map((e) => {
    const grant = grantDetails(e, lookup, siteDapp, tokenFacts);
    // The title names the spender as the grant below it does ("Unlimited USDC to Uniswap Permit2").
    const wording = { spenderName: grant?.counterparty?.name ?? null, imitatedName: e.site?.resembles ? (lookup.byId.get(e.site.resembles)?.name ?? null) : null };
    return { key: e.uid, action: describeEvent(e, e.dappId ? (lookup.byId.get(e.dappId)?.name ?? null) : null, wording), chainId: e.chainId, time: e.time, outcome: e.outcome, grant };
  });
}
