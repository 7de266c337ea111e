import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { SiteActionRow } from '@/components/site-action-list';
import { describeEvent } from '@/lib/activity/describe-event';
import { grantDetails } from '@/lib/activity/grant-details';
import { createCatalogLookup, type CatalogLookup } from '@/lib/catalog/catalog-lookup';
import { chainName } from '@/lib/catalog/chains';
import { db } from '../shared/db';
import { useDappNames } from '../shared/use-dapp-names';

const SHOWN = 20;

/** The catalog's contracts, for naming spenders; loaded after the first paint like the dApp names. */
function useCatalogLookup(): CatalogLookup | null {
  const [lookup, setLookup] = useState<CatalogLookup | null>(null);
  useEffect(() => {
    void import('@/lib/catalog/bundled-catalog').then((m) => setLookup(createCatalogLookup(m.bundledEntries())));
  }, []);
  return lookup;
}

/** This site's stored events, newest first, worded and with their grants spelled out. */
export function useSiteActions(origin: string | null, siteDappId: string | null): SiteActionRow[] | undefined {
  const events = useLiveQuery(
    async () => (origin ? (await db.events.where('origin').equals(origin).reverse().sortBy('time')).slice(0, SHOWN) : []),
    [origin],
  );
  const lookup = useCatalogLookup();
  const name = useDappNames((events ?? []).flatMap((e) => (e.dappId ? [e.dappId] : [])));
  if (!events || !lookup) return undefined;
  const siteDapp = siteDappId ? (lookup.byId.get(siteDappId) ?? null) : null;
  return events.map((e) => ({
    key: e.uid,
    action: describeEvent(e, e.dappId ? name(e.dappId) : null),
    chain: e.chainId === null ? null : chainName(e.chainId),
    time: e.time,
    outcome: e.outcome,
    grant: grantDetails(e, lookup, siteDapp),
  }));
}
