import { readFile } from 'node:fs/promises';
import { readActivityFile } from '../../lib/activity/read-activity-file';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { embedCatalog } from '../../lib/embedding/embed-catalog';
import { memoryEmbeddingStore } from '../../lib/embedding/embedding-store';
import { averageMetrics, topFiveMetrics, type PersonaJudgement, type TopFiveMetrics } from '../../lib/eval/recommendation-metrics';
import { DEFAULT_HALF_LIFE_DAYS } from '../../lib/profile/action-weights';
import { buildProfile } from '../../lib/profile/build-profile';
import { noFeedback } from '../../lib/ranking/feedback';
import { rankDapps, type RankInput } from '../../lib/ranking/rank-dapps';
import type { RankingWeights } from '../../lib/ranking/ranking-weights';
import { nodeEmbedder } from '../node-embedder';

const DIR = 'tests/eval/personas/';
export const VARIANTS = { full: undefined, popularityOnly: 'popularity', similarityOnly: 'similarity' } as const;
export type Variant = keyof typeof VARIANTS;

export interface PersonaResult {
  file: string;
  description: string;
  top5: Record<Variant, string[]>;
  metrics: Record<Variant, TopFiveMetrics>;
}

/** Ranks every persona's activity with the full ranker and both baselines, and scores the top fives. */
export async function runPersonas(weights?: RankingWeights, variants: readonly Variant[] = Object.keys(VARIANTS) as Variant[]): Promise<{ personas: PersonaResult[]; average: Record<Variant, TopFiveMetrics> }> {
  const { personas: judgements } = JSON.parse(await readFile(`${DIR}judgements.json`, 'utf8')) as { personas: PersonaJudgement[] };
  const { dapps } = bundledCatalog();
  const lookup = defaultLookup();
  const index = await embedCatalog(await nodeEmbedder(), memoryEmbeddingStore(), dapps);
  const personas: PersonaResult[] = [];
  for (const judgement of judgements) {
    const read = readActivityFile(await readFile(DIR + judgement.file, 'utf8'));
    if (!read.ok || read.rejections.count) throw new Error(`${judgement.file} is not a valid activity file`);
    const { profile } = buildProfile(lookup, read.events, DEFAULT_HALF_LIFE_DAYS);
    const top5 = {} as Record<Variant, string[]>;
    const metrics = {} as Record<Variant, TopFiveMetrics>;
    for (const variant of variants) {
      const only: RankInput['only'] = VARIANTS[variant];
      top5[variant] = rankDapps({ dapps, index, profile, feedback: noFeedback(), top: 5, only, weights }).map((r) => r.id);
      metrics[variant] = topFiveMetrics(top5[variant], judgement, lookup.byId);
    }
    personas.push({ file: judgement.file, description: judgement.description, top5, metrics });
  }
  const average = Object.fromEntries(variants.map((v) => [v, averageMetrics(personas.map((p) => p.metrics[v as Variant]))])) as Record<Variant, TopFiveMetrics>;
  return { personas, average };
}
