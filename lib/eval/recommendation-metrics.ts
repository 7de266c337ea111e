import type { Dapp } from '../catalog/dapp-schema';

export interface PersonaJudgement {
  file: string;
  description: string;
  /** Tune on `dev`, report `test`. */
  split: 'dev' | 'test';
  used: string[];
  goodCategories: string[];
  goodDapps: string[];
  /** Picks a knowledgeable friend would call wrong for this person. */
  badDapps: string[];
  chains: number[];
}

export interface TopFiveMetrics {
  precisionAt5: number;
  categoryPrecisionAt5: number;
  chainFitAt5: number;
  /** Distinct categories among the five. */
  diversity: number;
  /** Share of the five the person already uses: must be 0. */
  usedRate: number;
  /** Share of the five the judgement calls wrong for this person. */
  badAt5: number;
  /** Share of the person's interests (categories they use) that at least one of the five is in; null with fewer than two interests. */
  interestCoverageAt5: number | null;
  /** Leave-one-out: 1 when the dApp the person adopted last, hidden with its events, comes back in the top 10; null when there is no such dApp to hide. */
  leaveOneOutHitAt10: number | null;
}

/** Scores a top-five list against a persona's judgement, the person's interests and a leave-one-out run's outcome. */
export function topFiveMetrics(
  top: readonly string[],
  judgement: PersonaJudgement,
  dapps: ReadonlyMap<string, Dapp>,
  interests: readonly string[],
  leaveOneOutHit: boolean | null,
): TopFiveMetrics {
  const five = top.slice(0, 5);
  const share = (keep: (id: string) => boolean) => five.filter(keep).length / 5;
  const inCategory = (id: string, category: string) => dapps.get(id)?.category === category || (dapps.get(id)?.secondary ?? []).includes(category as Dapp['category']);
  return {
    precisionAt5: share((id) => judgement.goodDapps.includes(id)),
    categoryPrecisionAt5: share((id) => judgement.goodCategories.includes(dapps.get(id)?.category ?? '')),
    chainFitAt5: share((id) => (dapps.get(id)?.chains ?? []).some((c) => judgement.chains.includes(c))),
    diversity: new Set(five.map((id) => dapps.get(id)?.category)).size,
    usedRate: share((id) => judgement.used.includes(id)),
    badAt5: share((id) => judgement.badDapps.includes(id)),
    interestCoverageAt5: interests.length >= 2 ? interests.filter((c) => five.some((id) => inCategory(id, c))).length / interests.length : null,
    leaveOneOutHitAt10: leaveOneOutHit === null ? null : Number(leaveOneOutHit),
  };
}

export function averageMetrics(all: readonly TopFiveMetrics[]): TopFiveMetrics {
  const avg = (pick: (m: TopFiveMetrics) => number | null) => {
    const values = all.map(pick).filter((x): x is number => x !== null);
    return Math.round((values.reduce((s, x) => s + x, 0) / Math.max(1, values.length)) * 1e4) / 1e4;
  };
  return {
    precisionAt5: avg((m) => m.precisionAt5),
    categoryPrecisionAt5: avg((m) => m.categoryPrecisionAt5),
    chainFitAt5: avg((m) => m.chainFitAt5),
    diversity: avg((m) => m.diversity),
    usedRate: avg((m) => m.usedRate),
    badAt5: avg((m) => m.badAt5),
    interestCoverageAt5: avg((m) => m.interestCoverageAt5),
    leaveOneOutHitAt10: avg((m) => m.leaveOneOutHitAt10),
  };
}
