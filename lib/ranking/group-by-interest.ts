import type { Reason } from './reason';

/** What a row of the new tab's "For you" is about: an action the user takes, or a general pick. */
export type Interest =
  | { type: 'action'; action: string }
  | { type: 'similar'; dapp: string }
  | { type: 'liked'; dapp: string }
  | { type: 'popular' };

export interface InterestGroup<T> {
  interest: Interest;
  picks: T[];
}

function interestOf(reasons: readonly Reason[]): Interest {
  const first = reasons.find((r) => r.type === 'because-you') ?? reasons.find((r) => r.type === 'liked') ?? reasons.find((r) => r.type === 'similar-to');
  if (first?.type === 'because-you') return { type: 'action', action: first.action };
  if (first?.type === 'liked') return { type: 'liked', dapp: first.dapp };
  if (first?.type === 'similar-to') return { type: 'similar', dapp: first.dapp };
  return { type: 'popular' };
}

const keyOf = (i: Interest) => (i.type === 'action' ? `action:${i.action}` : i.type === 'popular' ? 'popular' : `${i.type}:${i.dapp}`);

/**
 * Groups a ranked list by the interest its strongest evidence names, keeping rank order inside each
 * group and ordering groups by their best pick; general picks ("popular") always come last, so every
 * interest the profile shows gets a row before the filler does.
 */
export function groupByInterest<T extends { reasons: readonly Reason[] }>(items: readonly T[], perGroup = 6): InterestGroup<T>[] {
  const groups = new Map<string, InterestGroup<T>>();
  for (const item of items) {
    const interest = interestOf(item.reasons);
    const key = keyOf(interest);
    const group = groups.get(key) ?? { interest, picks: [] };
    if (group.picks.length < perGroup) group.picks.push(item);
    groups.set(key, group);
  }
  const all = [...groups.values()];
  return [...all.filter((g) => g.interest.type !== 'popular'), ...all.filter((g) => g.interest.type === 'popular')];
}
