import type { Profile } from './profile';

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

function shares(weights: Record<string, number>, top: number): Share[] {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  if (total <= 0) return [];
  return Object.entries(weights)
    .map(([id, w]) => ({ id, share: w / total }))
    .filter((s) => s.share > 0)
    .sort((a, b) => b.share - a.share || a.id.localeCompare(b.id))
    .slice(0, top);
}

/** What the new tab draws from a profile: the biggest categories and chains, and the most used dApps. */
export function summarizeProfile(profile: Profile, top = 6): ProfileSummary {
  return {
    categories: shares(profile.categories, top),
    chains: shares(profile.chains, top),
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
