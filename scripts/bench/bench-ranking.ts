import { create, insertMultiple, search } from '@orama/orama';
import { createCatalogLookup } from '../../lib/catalog/catalog-lookup';
import { addEvent } from '../../lib/profile/add-event';
import { emptyProfile, type Profile } from '../../lib/profile/profile';
import { noFeedback } from '../../lib/ranking/feedback';
import { rankDapps } from '../../lib/ranking/rank-dapps';
import { ratio, time, timeInTurns, type Timing } from './measure';
import { sumAll } from './memory-read';
import { seeded, syntheticCatalog } from './synthetic-catalog';

const DIMENSIONS = 256;

/** A realistic history over the synthetic catalog: 40 actions on 12 dApps over three months. */
function syntheticProfile(dapps: ReturnType<typeof syntheticCatalog>['dapps']): Profile {
  const lookup = createCatalogLookup(dapps);
  const rand = seeded(11);
  const profile = emptyProfile(60);
  const kinds = ['swap', 'supply', 'stake', 'bridge', 'connect', 'approve'] as const;
  for (let i = 0; i < 40; i++) {
    const dapp = dapps[Math.floor(rand() * 12) * 7]!;
    addEvent(profile, lookup, {
      time: Date.UTC(2026, 8, 1) - Math.floor(rand() * 90) * 86_400_000,
      chainId: dapp.chains[0]!,
      outcome: { status: 'ok' },
      action: { kind: kinds[i % kinds.length]! },
      dappId: dapp.id,
      via: 'contract',
    });
  }
  return profile;
}

export interface RankingFigures {
  size: number;
  memoryRead: Timing;
  ranking: Timing;
  rankingVsMemoryRead: number;
  topK: Timing;
  topKVsMemoryRead: number;
  orama: Timing | null;
  topKVsOrama: number | null;
}

/** Ranking and top-k search over synthetic catalogs, against reading the vectors once and against Orama. */
export async function benchRanking(sizes: readonly number[], runs: number, oramaUpTo: number): Promise<RankingFigures[]> {
  const out: RankingFigures[] = [];
  for (const size of sizes) {
    const { dapps, index } = syntheticCatalog(size, DIMENSIONS);
    const profile = syntheticProfile(dapps);
    const query = index.vector('dapp-3')!;
    // One (empty) lifecycle per catalog, as the extension keeps one: catalog features are built once per catalog and lifecycle, not per ranking.
    const lifecycle = new Map();
    const { memoryRead, ranking, topK } = await timeInTurns(runs, {
      memoryRead: { what: `sum every float of ${size} × ${DIMENSIONS} vectors once`, fn: () => sumAll(index.data) },
      ranking: { what: `rank ${size} dApps for a 40-event profile (top 10, MMR, reasons)`, fn: () => rankDapps({ dapps, index, profile, feedback: noFeedback(), top: 10, lifecycle }) },
      topK: { what: `top-10 cosine over ${size} vectors (VectorIndex)`, fn: () => index.topK(query, 10) },
    });
    let orama: Timing | null = null;
    if (size <= oramaUpTo) {
      const db = create({ schema: { id: 'string', embedding: `vector[${DIMENSIONS}]` } as const });
      await insertMultiple(db, dapps.map((d) => ({ id: d.id, embedding: Array.from(index.vector(d.id)!) })), 1000);
      const value = Array.from(query);
      orama = await time(`top-10 over ${size} vectors (Orama ${'vector'} search, similarity ≥ 0)`, runs, () =>
        search(db, { mode: 'vector', vector: { value, property: 'embedding' }, similarity: 0, limit: 10 }),
      );
    }
    out.push({
      size,
      memoryRead,
      ranking,
      rankingVsMemoryRead: ratio(ranking, memoryRead),
      topK,
      topKVsMemoryRead: ratio(topK, memoryRead),
      orama,
      topKVsOrama: orama ? ratio(topK, orama) : null,
    });
  }
  return out;
}
