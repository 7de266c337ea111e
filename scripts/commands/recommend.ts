import { parseArgs } from 'node:util';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { embedCatalog } from '../../lib/embedding/embed-catalog';
import { memoryEmbeddingStore } from '../../lib/embedding/embedding-store';
import { DEFAULT_HALF_LIFE_DAYS } from '../../lib/profile/action-weights';
import { buildProfile } from '../../lib/profile/build-profile';
import type { Profile } from '../../lib/profile/profile';
import { noFeedback } from '../../lib/ranking/feedback';
import { rankDapps } from '../../lib/ranking/rank-dapps';
import { reasonText } from '../../lib/ranking/reason-text';
import { toShown } from '../../lib/ranking/to-shown';
import { english } from '../english';
import { nodeEmbedder } from '../node-embedder';
import { chainOption, positiveInt } from './parse-number';
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

/** Ranks the bundled catalog for a profile, with the shipped model, worded as the extension words it. */
export async function recommendFor(profile: Profile, top: number, allChains = false): Promise<RecommendOutput[]> {
  const { dapps } = bundledCatalog();
  const lookup = defaultLookup();
  const index = await embedCatalog(await nodeEmbedder(), memoryEmbeddingStore(), dapps);
  return rankDapps({ dapps, index, profile, feedback: noFeedback(), top, allChains }).map((r) => {
    const shown = toShown(lookup, r);
    const reasons = r.reasons.map((x) => reasonText(english, x, (id) => shown.names[id] ?? id));
    return { id: r.id, name: shown.name, url: shown.url, category: shown.category, chains: lookup.byId.get(r.id)!.chains, score: r.score, reasons };
  });
}

/** The profile of the activity in a file. */
export async function profileFromFile(path: string | undefined, command: string, chainId?: number): Promise<{ events: number; profile: Profile }> {
  const events = await readActivityOrFail(path, command, chainId);
  return { events: events.length, profile: buildProfile(defaultLookup(), events, DEFAULT_HALF_LIFE_DAYS).profile };
}

/** `recommend --activity FILE [--chain ID] [--top 10] [--all-chains] [--json]` (FILE may be an explorer CSV) */
export async function recommendCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { activity: { type: 'string' }, chain: { type: 'string' }, top: { type: 'string', default: '10' }, 'all-chains': { type: 'boolean', default: false }, json: { type: 'boolean', default: false } } });
  const { profile } = await profileFromFile(values.activity, 'recommend', chainOption(values.chain));
  const recommendations = await recommendFor(profile, positiveInt(values.top, '--top'), values['all-chains']);
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
