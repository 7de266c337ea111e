import type { Dapp } from '../dapp-schema';

export interface CatalogMerge {
  dapps: Dapp[];
  /** Imported entries that were new. */
  added: string[];
  /** Imported entries that matched a known dApp (by id or by a host) and only extended its chains. */
  matched: string[];
}

const hosts = (d: Dapp) => d.origins.map((o) => new URL(o).hostname.replace(/^(www|app)\./, ''));

/**
 * Adds imported entries to a catalog without duplicates. A known dApp (same id, or sharing a host)
 * keeps its curated entry and gains only chains it did not list; versions of one product collapse
 * into the first.
 */
export function mergeCatalog(base: readonly Dapp[], imported: readonly Dapp[]): CatalogMerge {
  const dapps = base.map((d) => ({ ...d, chains: [...d.chains] }));
  const byId = new Map(dapps.map((d) => [d.id, d]));
  const byHost = new Map(dapps.flatMap((d) => hosts(d).map((h) => [h, d] as const)));
  const added: string[] = [];
  const matched: string[] = [];
  for (const entry of imported) {
    const known = byId.get(entry.id) ?? hosts(entry).map((h) => byHost.get(h)).find(Boolean);
    if (known) {
      for (const c of entry.chains) if (!known.chains.includes(c)) known.chains.push(c);
      if (!matched.includes(known.id)) matched.push(known.id);
      continue;
    }
    const copy = { ...entry, chains: [...entry.chains] };
    dapps.push(copy);
    byId.set(copy.id, copy);
    for (const h of hosts(copy)) byHost.set(h, copy);
    added.push(copy.id);
  }
  return { dapps, added, matched };
}
