import type { Dapp } from './dapp-schema';
import type { GeneratedRow } from './generated-contracts-schema';

/** Indexes for attribution: which dApp owns a contract (per chain) or a host. */
export interface CatalogLookup {
  dapps: readonly Dapp[];
  byId: ReadonlyMap<string, Dapp>;
  /** `${chainId}:${lower-case address}` → every dApp claiming it (more than one only when shared). */
  byContract: ReadonlyMap<string, readonly Dapp[]>;
  /** `${chainId}:${lower-case address}` → the contract's label ("Permit2", "Pool"), from its first owner. */
  labels: ReadonlyMap<string, string>;
  byHost: ReadonlyMap<string, Dapp>;
}

export const contractKey = (chainId: number, address: string) => `${chainId}:${address.toLowerCase()}`;

/**
 * Indexes the catalog. Generated contracts (from protocols' address books) add to it: a contract
 * the hand-curated entries already claim keeps its curated owner and label, and a row naming a dApp
 * the catalog does not have is left out.
 */
export function createCatalogLookup(dapps: readonly Dapp[], generated: readonly GeneratedRow[] = []): CatalogLookup {
  const byContract = new Map<string, Dapp[]>();
  const byHost = new Map<string, Dapp>();
  const labels = new Map<string, string>();
  for (const dapp of dapps) {
    for (const c of dapp.contracts) {
      const key = contractKey(c.chainId, c.address);
      if (!labels.has(key)) labels.set(key, c.label);
      const owners = byContract.get(key) ?? [];
      if (!owners.includes(dapp)) owners.push(dapp);
      byContract.set(key, owners);
    }
    for (const origin of dapp.origins) byHost.set(new URL(origin).hostname, dapp);
  }
  const byId = new Map(dapps.map((d) => [d.id, d]));
  const curated = new Set(byContract.keys());
  for (const [chainId, address, dappId, label] of generated) {
    const dapp = byId.get(dappId);
    const key = contractKey(chainId, address);
    if (!dapp || curated.has(key)) continue;
    const owners = byContract.get(key) ?? [];
    if (!owners.includes(dapp)) owners.push(dapp);
    byContract.set(key, owners);
    if (!labels.has(key)) labels.set(key, label);
  }
  return { dapps, byId, byContract, labels, byHost };
}

/** The dApp whose official host is the origin's host, or a parent of it (a subdomain of an official origin). */
export function dappForOrigin(lookup: CatalogLookup, origin: string | null): Dapp | null {
  if (!origin) return null;
  let host: string;
  try {
    host = new URL(origin).hostname;
  } catch {
    return null;
  }
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) {
    const found = lookup.byHost.get(h);
    if (found) return found;
  }
  return null;
}
