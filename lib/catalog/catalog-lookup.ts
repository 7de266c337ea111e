import { contractKey } from './contract-key';
import type { Dapp } from './dapp-schema';
import { EMPTY_GENERATED_INDEX, type GeneratedIndex } from './generated-index';
import { LayeredMap } from './layered-map';

export { contractKey };

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

/**
 * Indexes the catalog. Generated contracts (from protocols' address books, indexed once by
 * indexGenerated) sit under it: a contract the hand-curated entries claim keeps its curated owner
 * and label, and a generated row naming a dApp the catalog does not have is left out. Only the
 * curated contracts are copied, so the build's cost does not grow with the generated data.
 */
export function createCatalogLookup(dapps: readonly Dapp[], generated: GeneratedIndex = EMPTY_GENERATED_INDEX): CatalogLookup {
  const curated = new Map<string, Dapp[]>();
  const byHost = new Map<string, Dapp>();
  const curatedLabels = new Map<string, string>();
  for (const dapp of dapps) {
    for (const c of dapp.contracts) {
      const key = contractKey(c.chainId, c.address);
      if (!curatedLabels.has(key)) curatedLabels.set(key, c.label);
      const owners = curated.get(key) ?? [];
      if (!owners.includes(dapp)) owners.push(dapp);
      curated.set(key, owners);
    }
    for (const origin of dapp.origins) byHost.set(new URL(origin).hostname, dapp);
  }
  const byId = new Map(dapps.map((d) => [d.id, d]));
  const generatedOwners = (key: string): Dapp[] | undefined => {
    const owners = (generated.owners.get(key) ?? []).flatMap((id) => byId.get(id) ?? []);
    return owners.length > 0 ? owners : undefined;
  };
  const byContract = new LayeredMap<readonly Dapp[]>(curated, () => generated.owners.keys(), generatedOwners);
  const labels = new LayeredMap<string>(curatedLabels, () => generated.labels.keys(), (key) => (curated.has(key) || !byContract.has(key) ? undefined : generated.labels.get(key)));
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
