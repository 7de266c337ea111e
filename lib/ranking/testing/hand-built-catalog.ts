import type { CatalogLookup } from '../../catalog/catalog-lookup';
import { createCatalogLookup } from '../../catalog/catalog-lookup';
import type { Dapp } from '../../catalog/dapp-schema';
import type { Lifecycle } from '../../catalog/lifecycle';
import type { ActionKind } from '../../decode/decoded-action';
import { VectorIndex } from '../../embedding/vector-index';
import { addEvent } from '../../profile/add-event';
import { emptyProfile, type Profile } from '../../profile/profile';

/**
 * A dozen dApps with hand-made 4-d vectors (axes: swapping, lending, staking, names), small enough
 * that each ranking step's outcome can be worked out by hand in its test.
 */
const spec: [id: string, category: Dapp['category'], chains: number[], popularity: number, vector: number[], secondary?: Dapp['category'][]][] = [
  ['swap-main', 'dex', [1, 42161], 5, [1, 0, 0, 0]],
  ['swap-arb', 'dex', [42161], 3, [0.95, 0.1, 0, 0]],
  ['aggregator', 'dex-aggregator', [1, 42161], 4, [0.8, 0.3, 0, 0]],
  ['lend-main', 'lending', [1, 42161], 5, [0.1, 1, 0, 0], ['dex']],
  ['lend-arb', 'lending', [42161], 3, [0.05, 1, 0.1, 0]],
  ['lend-op', 'lending', [10], 5, [0.1, 1, 0, 0]],
  ['lend-hacked', 'lending', [42161], 5, [0.1, 1, 0.05, 0]],
  ['stake', 'liquid-staking', [1], 5, [0, 0.2, 1, 0]],
  ['restake', 'restaking', [1], 4, [0, 0.1, 1, 0.1], ['liquid-staking']],
  ['name', 'naming', [1], 5, [0, 0, 0, 1]],
  ['guard', 'security-tools', [1, 42161], 4, [0.3, 0.3, 0.3, 0.5]],
  ['swap-closed', 'dex', [42161], 5, [1, 0.05, 0, 0]],
];

export const handBuiltDapps: Dapp[] = spec.map(([id, category, chains, popularity, , secondary]) => ({
  id,
  name: id,
  origins: [`https://${id}.example`],
  description: `${id}: a hand-built test entry`,
  category,
  secondary: secondary ?? [],
  tags: [],
  chains,
  contracts: [],
  popularity,
}));

const unit = (v: number[]) => Float32Array.from(v.map((x) => x / Math.hypot(...v)));
export const handBuiltIndex = new VectorIndex(spec.map(([id]) => id), spec.map(([, , , , v]) => unit(v)), 4);
export const handBuiltLookup: CatalogLookup = createCatalogLookup(handBuiltDapps);
export const handBuiltLifecycle: Lifecycle = new Map([
  ['lend-hacked', { status: 'exploited', date: '2024-10-16', source: 'https://example.org/post-mortem', note: 'drained through a compromised multisig' }],
  ['swap-closed', { status: 'sunset', date: '2025-08-14', source: 'https://example.org/closing', note: 'closed for good' }],
]);

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 8, 1);

/** A profile from [dApp, action, chain, days ago] uses. */
export function profileOf(uses: readonly [dappId: string, kind: ActionKind, chainId: number, daysAgo: number][]): Profile {
  const profile = emptyProfile(60);
  for (const [dappId, kind, chainId, daysAgo] of uses) {
    addEvent(profile, handBuiltLookup, { time: NOW - daysAgo * DAY, chainId, outcome: { status: 'ok' }, dappId, via: 'contract', action: { kind } });
  }
  return profile;
}
