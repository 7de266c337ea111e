import { parseArgs } from 'node:util';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { embedCatalog } from '../../lib/embedding/embed-catalog';
import { memoryEmbeddingStore } from '../../lib/embedding/embedding-store';
import { DEFAULT_HALF_LIFE_DAYS } from '../../lib/profile/action-weights';
import { buildProfile } from '../../lib/profile/build-profile';
import { noFeedback } from '../../lib/ranking/feedback';
import { rankDapps } from '../../lib/ranking/rank-dapps';
import { reasonText } from '../../lib/ranking/reason-text';
import { english } from '../english';
import { nodeEmbedder } from '../node-embedder';
import { positiveInt } from './parse-number';
import { readActivityOrFail } from './read-activity';

export interface RecommendOutput {
  id: string;
  name: string;
  url: string;
  category: string;
  chains: number[];
  score: number;
  reasons: string[];
}

/** Ranks the bundled catalog for the activity in a file, with the shipped model. */
export async function recommendFromFile(path: string | undefined, top: number, allChains = false): Promise<RecommendOutput[]> {
  const events = await readActivityOrFail(path, 'recommend');
  const { dapps } = bundledCatalog();
  const lookup = defaultLookup();
  const { profile } = buildProfile(lookup, events, DEFAULT_HALF_LIFE_DAYS);
  const index = await embedCatalog(await nodeEmbedder(), memoryEmbeddingStore(), dapps);
  const name = (id: string) => lookup.byId.get(id)?.name ?? id;
  return rankDapps({ dapps, index, profile, feedback: noFeedback(), top, allChains }).map((r) => {
    const d = lookup.byId.get(r.id)!;
    return { id: d.id, name: d.name, url: d.origins[0]!, category: d.category, chains: d.chains, score: r.score, reasons: r.reasons.map((x) => reasonText(english, x, name)) };
  });
}

/** `recommend --activity FILE [--top 10] [--all-chains] [--json]` */
export async function recommendCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { activity: { type: 'string' }, top: { type: 'string', default: '10' }, 'all-chains': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
  const recommendations = await recommendFromFile(values.activity, positiveInt(values.top, '--top'), values['all-chains']);
  if (values.json) console.log(JSON.stringify({ recommendations }, null, 2));
  else printTable(recommendations);
  return 0;
}

export function printTable(recommendations: readonly RecommendOutput[]): void {
  recommendations.forEach((r, i) => {
    console.log(`${String(i + 1).padStart(2)}. ${r.name.padEnd(26)} ${english(`cat_${r.category.replaceAll('-', '_')}`).padEnd(20)} ${r.score.toFixed(3)}  ${r.url}`);
    for (const reason of r.reasons) console.log(`      · ${reason}`);
  });
}
