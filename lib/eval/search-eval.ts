import type { SearchQuery } from './eval-data';
import { recallAtK, reciprocalRank } from './retrieval-metrics';

export interface SearchQuality {
  /** Mean share of relevant ids in the top 5 (out of as many as fit in 5). */
  recallAt5: number;
  /** Share of queries with at least one relevant id in the top 5. */
  hitAt5: number;
  mrr: number;
  queries: number;
}

/** Runs every query through `rank` (ids, best first) and averages the metrics. */
export async function searchQuality(queries: readonly SearchQuery[], rank: (q: SearchQuery) => Promise<string[]>): Promise<SearchQuality> {
  let recall = 0, hit = 0, rr = 0;
  for (const q of queries) {
    const ranked = await rank(q);
    const r5 = recallAtK(ranked, q.relevant, 5);
    recall += r5;
    hit += r5 > 0 ? 1 : 0;
    rr += reciprocalRank(ranked, q.relevant);
  }
  const n = queries.length;
  const round = (x: number) => Math.round((x / n) * 1e4) / 1e4;
  return { recallAt5: round(recall), hitAt5: round(hit), mrr: round(rr), queries: n };
}
