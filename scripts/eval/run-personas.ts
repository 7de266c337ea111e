import { readFile } from 'node:fs/promises';
import { readActivityFile } from '../../lib/activity/read-activity-file';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { embedCatalog } from '../../lib/embedding/embed-catalog';
import { memoryEmbeddingStore } from '../../lib/embedding/embedding-store';
import { leaveLastAdoptedOut } from '../../lib/eval/leave-one-out';
import { averageMetrics, topFiveMetrics, type PersonaJudgement, type TopFiveMetrics } from '../../lib/eval/recommendation-metrics';
import { DEFAULT_HALF_LIFE_DAYS } from '../../lib/profile/action-weights';
import { buildProfile } from '../../lib/profile/build-profile';
import { profileInterests } from '../../lib/profile/profile-interests';
import { profileWeights } from '../../lib/profile/profile-weights';
import { noFeedback } from '../../lib/ranking/feedback';
import { rankDapps, type RankInput } from '../../lib/ranking/rank-dapps';
import type { RankingWeights } from '../../lib/ranking/ranking-weights';
import { nodeEmbedder } from '../node-embedder';

const DIR = 'tests/eval/personas/';
export const VARIANTS = { full: undefined, popularityOnly: 'popularity', similarityOnly: 'similarity' } as const;
export type Variant = keyof typeof VARIANTS;
export const SPLITS = ['dev', 'test', 'all'] as const;
export type Split = (typeof SPLITS)[number];

export interface PersonaResult {
  file: string;
  description: string;
  split: PersonaJudgement['split'];
  interests: string[];
  /** The dApp hidden for leave-one-out, when there was one. */
  hidden: string | null;
  top5: Record<Variant, string[]>;
  metrics: Record<Variant, TopFiveMetrics>;
}

/**
 * Ranks every persona's activity with the full ranker and both baselines, scores the top fives, and
 * runs leave-one-out (hide the dApp adopted last; is it back in the top 10?). Averages per split.
 */
export async function runPersonas(
  weights?: RankingWeights,
  variants: readonly Variant[] = Object.keys(VARIANTS) as Variant[],
): Promise<{ personas: PersonaResult[]; average: Record<Split, Record<Variant, TopFiveMetrics>> }> {
  const { personas: judgements } = JSON.parse(await readFile(`${DIR}judgements.json`, 'utf8')) as { personas: PersonaJudgement[] };
  const { dapps } = bundledCatalog();
  const lookup = defaultLookup();
  const index = await embedCatalog(await nodeEmbedder(), memoryEmbeddingStore(), dapps);
  const personas: PersonaResult[] = [];
  for (const judgement of judgements) {
    const read = readActivityFile(await readFile(DIR + judgement.file, 'utf8'));
    if (!read.ok || read.rejections.count) throw new Error(`${judgement.file} is not a valid activity file`);
    const { profile, enriched } = buildProfile(lookup, read.events, DEFAULT_HALF_LIFE_DAYS);
    const interests = profileInterests(profileWeights(profile), (id) => lookup.byId.get(id)).map((i) => i.category);
    const left = leaveLastAdoptedOut(lookup, enriched, DEFAULT_HALF_LIFE_DAYS);
    const top5 = {} as Record<Variant, string[]>;
    const metrics = {} as Record<Variant, TopFiveMetrics>;
    for (const variant of variants) {
      const only: RankInput['only'] = VARIANTS[variant];
      top5[variant] = rankDapps({ dapps, index, profile, feedback: noFeedback(), top: 5, only, weights }).map((r) => r.id);
      const hit = left ? rankDapps({ dapps, index, profile: left.profile, feedback: noFeedback(), top: 10, only, weights }).some((r) => r.id === left.hidden) : null;
      metrics[variant] = topFiveMetrics(top5[variant], judgement, lookup.byId, interests, hit);
    }
    personas.push({ file: judgement.file, description: judgement.description, split: judgement.split, interests, hidden: left?.hidden ?? null, top5, metrics });
  }
  const averageOf = (split: Split) =>
    Object.fromEntries(variants.map((v) => [v, averageMetrics(personas.filter((p) => split === 'all' || p.split === split).map((p) => p.metrics[v]))])) as Record<Variant, TopFiveMetrics>;
  const average = Object.fromEntries(SPLITS.map((s) => [s, averageOf(s)])) as Record<Split, Record<Variant, TopFiveMetrics>>;
  return { personas, average };
}
