import type { Profile } from './profile';
import { largestFirst, profileWeights } from './profile-weights';

export interface Share {
  id: string;
  /** This item's part of the whole, 0..1. */
  share: number;
}

export interface ProfileSummary {
  categories: Share[];
  chains: Share[];
  /** dApps by how often they were used, most first. */
  topDapps: { id: string; count: number }[];
}

const shares = (weights: Readonly<Record<string, number>>, top: number): Share[] => largestFirst(weights).slice(0, top).map(([id, share]) => ({ id, share }));

/**
 * What the new tab draws from a profile: the biggest categories and chains, and the most used dApps.
 * The profile keeps its sums in log2 space, so shares come from profileWeights: dividing the logs
 * themselves gave every group nearly equal parts (33 / 33 / 33 % for three categories).
 */
export function summarizeProfile(profile: Profile, top = 6): ProfileSummary {
  const weights = profileWeights(profile);
  return {
    categories: shares(weights.categories, top),
    chains: shares(weights.chains, top),
    topDapps: Object.entries(profile.dapps)
      .map(([id, use]) => ({ id, count: use.count }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
      .slice(0, top),
  };
}

const WEEK = 7 * 86_400_000;

/** Events per week for the last `weeks` weeks ending at `now`, oldest first: the activity chart's data. */
export function weeklyCounts(times: readonly number[], now: number, weeks: number): number[] {
  const counts = new Array<number>(weeks).fill(0);
  for (const time of times) {
    const age = Math.floor((now - time) / WEEK);
    if (age >= 0 && age < weeks) counts[weeks - 1 - age]! += 1;
  }
  return counts;
}
