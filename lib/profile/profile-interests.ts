import type { CategoryId } from '../catalog/categories';
import type { Dapp } from '../catalog/dapp-schema';
import type { ProfileWeights } from './profile-weights';

/** A category counts as an interest when the dApps used in it carry at least this share of the activity. */
export const INTEREST_MIN_SHARE = 0.08;

export interface Interest {
  category: CategoryId;
  /** Share of the user's dApp activity in this category (0–1). */
  share: number;
  /** The used dApps in it, most used first. */
  dapps: string[];
}

/**
 * What a person does, as categories of the dApps they use (staking, bridging, names, NFTs...), largest
 * first. From the dApps' own categories, not their secondary ones: "because you stake" must point at
 * a staking dApp the user really used.
 */
export function profileInterests(weights: ProfileWeights, dappOf: (id: string) => Dapp | undefined): Interest[] {
  const byCategory = new Map<CategoryId, Interest>();
  for (const [id, share] of Object.entries(weights.dapps).sort((a, b) => b[1] - a[1])) {
    const dapp = dappOf(id);
    if (!dapp) continue;
    const interest = byCategory.get(dapp.category) ?? { category: dapp.category, share: 0, dapps: [] };
    interest.share += share;
    interest.dapps.push(id);
    byCategory.set(dapp.category, interest);
  }
  return [...byCategory.values()].filter((i) => i.share >= INTEREST_MIN_SHARE).sort((a, b) => b.share - a.share);
}
