import { topByScore } from '../embedding/top-by-score';
import type { Interest } from '../profile/profile-interests';
import { COMPLEMENTS } from './complements';
import { scoreForUser, type RankInput } from './rank-dapps';
import type { Recommendation } from './reason';
import { servesInterest } from './serves-interest';

export interface InterestGroup {
  /** "Because you stake": the category, its share of the user's activity and the used dApps in it. */
  interest: Interest;
  picks: Recommendation[];
}

/**
 * Recommendations grouped by the user's interests, for rows such as "Because you stake": for each
 * interest, the best-scored unused dApps that do the same thing or go with it (its complements).
 * A dApp appears in at most one row, the first that claims it.
 */
export function rankByInterest(input: RankInput, perGroup = 3): InterestGroup[] {
  const { user, scores, recommend } = scoreForUser(input);
  const taken = new Set<number>();
  return user.interests.flatMap((interest) => {
    const goesWith = COMPLEMENTS[interest.category];
    const fits = (i: number) => {
      const d = input.dapps[i]!;
      return scores.eligible[i] === 1 && !taken.has(i) && (servesInterest(d, interest.category) || goesWith.includes(d.category));
    };
    const picks = topByScore(scores.score, perGroup, fits);
    for (const i of picks) taken.add(i);
    return picks.length ? [{ interest, picks: picks.map(recommend) }] : [];
  });
}
