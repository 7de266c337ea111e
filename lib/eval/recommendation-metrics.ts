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
}

/** Scores a top-five list against a persona's judgement. */
export function topFiveMetrics(top: readonly string[], judgement: PersonaJudgement, dapps: ReadonlyMap<string, Dapp>): TopFiveMetrics {
  const five = top.slice(0, 5);
  const share = (keep: (id: string) => boolean) => five.filter(keep).length / 5;
  return {
    precisionAt5: share((id) => judgement.goodDapps.includes(id)),
    categoryPrecisionAt5: share((id) => judgement.goodCategories.includes(dapps.get(id)?.category ?? '')),
    chainFitAt5: share((id) => (dapps.get(id)?.chains ?? []).some((c) => judgement.chains.includes(c))),
    diversity: new Set(five.map((id) => dapps.get(id)?.category)).size,
    usedRate: share((id) => judgement.used.includes(id)),
  };
}

export function averageMetrics(all: readonly TopFiveMetrics[]): TopFiveMetrics {
  const avg = (pick: (m: TopFiveMetrics) => number) => Math.round((all.reduce((s, m) => s + pick(m), 0) / Math.max(1, all.length)) * 1e4) / 1e4;
  return {
    precisionAt5: avg((m) => m.precisionAt5),
    categoryPrecisionAt5: avg((m) => m.categoryPrecisionAt5),
    chainFitAt5: avg((m) => m.chainFitAt5),
    diversity: avg((m) => m.diversity),
    usedRate: avg((m) => m.usedRate),
  };
}
