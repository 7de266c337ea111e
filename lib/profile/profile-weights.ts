import type { Profile } from './profile';

/**
 * Shares of the profile's activity, each group summing to 1. Records are for lookup only: an
 * object's integer-like keys (chain ids) always iterate in ascending order, whatever order they were
 * inserted in, so anything that needs "largest first" must use `largestFirst`.
 */
export interface ProfileWeights {
  dapps: Record<string, number>;
  categories: Record<string, number>;
  chains: Record<string, number>;
}

/** A group's entries, largest share first (ties by key, so the order is stable). */
export function largestFirst(shares: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(shares).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** Shares of the total. Every sum decays by the same factor, so shares need no clock: subtracting the largest log keeps the numbers in range. */
function normalise(logs: Record<string, number>): Record<string, number> {
  const max = Math.max(...Object.values(logs));
  const raw = Object.entries(logs).map(([k, log]) => [k, 2 ** (log - max)] as const);
  const total = raw.reduce((s, [, w]) => s + w, 0);
  return Object.fromEntries(raw.filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]).map(([k, w]) => [k, Math.round((w / total) * 1e6) / 1e6]));
}

/** The profile's weights, each group summing to 1, inserted largest first (which only string keys keep). */
export function profileWeights(profile: Profile): ProfileWeights {
  return {
    dapps: normalise(Object.fromEntries(Object.entries(profile.dapps).map(([id, u]) => [id, u.log]))),
    categories: normalise(profile.categories),
    chains: normalise(profile.chains),
  };
}
