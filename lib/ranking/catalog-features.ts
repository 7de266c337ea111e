import { CATEGORIES } from '../catalog/categories';
import type { Dapp } from '../catalog/dapp-schema';
import { LIFECYCLE_STATUSES, statusOf, type Lifecycle } from '../catalog/lifecycle';
import type { VectorIndex } from '../embedding/vector-index';

/**
 * The catalog as flat numeric columns, so scoring thousands of dApps reads typed arrays instead
 * of hashing strings. Built once per catalog array (and lifecycle data) and reused by every ranking over it.
 */
export interface CatalogFeatures {
  position: ReadonlyMap<string, number>;
  category: Uint8Array;
  popularity: Float64Array;
  /** Chains as small slot numbers: chainStart[i]..chainStart[i+1] index into chainSlots. */
  chainStart: Uint32Array;
  chainSlots: Uint16Array;
  slotOfChain: ReadonlyMap<number, number>;
  secondaryStart: Uint32Array;
  secondary: Uint8Array;
  /** Index into LIFECYCLE_STATUSES. */
  status: Uint8Array;
}

export const categoryIndex: ReadonlyMap<string, number> = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));
export const STATUS = Object.fromEntries(LIFECYCLE_STATUSES.map((s, i) => [s, i])) as Record<(typeof LIFECYCLE_STATUSES)[number], number>;
const cache = new WeakMap<readonly Dapp[], { lifecycle: Lifecycle; features: CatalogFeatures }>();

export function catalogFeatures(dapps: readonly Dapp[], lifecycle: Lifecycle): CatalogFeatures {
  const cached = cache.get(dapps);
  if (cached?.lifecycle === lifecycle) return cached.features;
  const n = dapps.length;
  const slotOfChain = new Map<number, number>();
  const chainStart = new Uint32Array(n + 1);
  const secondaryStart = new Uint32Array(n + 1);
  const chains: number[] = [];
  const secondary: number[] = [];
  const category = new Uint8Array(n);
  const popularity = new Float64Array(n);
  const status = new Uint8Array(n);
  dapps.forEach((d, i) => {
    category[i] = categoryIndex.get(d.category) ?? 0;
    popularity[i] = d.popularity;
    status[i] = STATUS[statusOf(lifecycle, d.id)];
    chainStart[i] = chains.length;
    for (const c of d.chains) {
      if (!slotOfChain.has(c)) slotOfChain.set(c, slotOfChain.size);
      chains.push(slotOfChain.get(c)!);
    }
    secondaryStart[i] = secondary.length;
    for (const c of d.secondary) secondary.push(categoryIndex.get(c) ?? 0);
  });
  chainStart[n] = chains.length;
  secondaryStart[n] = secondary.length;
  const features: CatalogFeatures = {
    position: new Map(dapps.map((d, i) => [d.id, i])),
    category,
    popularity,
    chainStart,
    chainSlots: Uint16Array.from(chains),
    slotOfChain,
    secondaryStart,
    secondary: Uint8Array.from(secondary),
    status,
  };
  cache.set(dapps, { lifecycle, features });
  return features;
}

const ordered = new WeakMap<VectorIndex, readonly Dapp[]>();

/** Whether the index holds the catalog's vectors in the catalog's own order (usually: it was built from it). Remembered per pair. */
export function sameOrder(index: VectorIndex, dapps: readonly Dapp[]): boolean {
  if (ordered.get(index) === dapps) return true;
  const same = index.size === dapps.length && index.ids.every((id, i) => id === dapps[i]!.id);
  if (same) ordered.set(index, dapps);
  return same;
}
