import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readActivityFile } from '../../lib/activity/read-activity-file';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { dot } from '../../lib/embedding/dot';
import { embedCatalog } from '../../lib/embedding/embed-catalog';
import { memoryEmbeddingStore } from '../../lib/embedding/embedding-store';
import { DEFAULT_HALF_LIFE_DAYS } from '../../lib/profile/action-weights';
import { buildProfile } from '../../lib/profile/build-profile';
import { largestFirst, profileWeights } from '../../lib/profile/profile-weights';
import { COMPLEMENTS } from '../../lib/ranking/complements';
import { noFeedback } from '../../lib/ranking/feedback';
import { rankDapps } from '../../lib/ranking/rank-dapps';
import { actionWording, TELLING_ACTIONS } from '../../lib/ranking/telling-actions';
import { nodeEmbedder } from '../../scripts/node-embedder';

const DIR = 'tests/eval/personas/';

// Every reason on every persona's top ten (and the CLI demo's sample), checked against the profile it came from.
describe('reasons are true to the evidence', async () => {
  const { personas } = JSON.parse(await readFile(`${DIR}judgements.json`, 'utf8')) as { personas: { file: string }[] };
  const files = [...personas.map((p) => DIR + p.file), 'samples/demo-activity.json'];
  const { dapps } = bundledCatalog();
  const lookup = defaultLookup();
  const index = await embedCatalog(await nodeEmbedder(), memoryEmbeddingStore(), dapps);
  const dapp = (id: string) => lookup.byId.get(id)!;

  it.each(files)('%s', async (file) => {
    const read = readActivityFile(await readFile(file, 'utf8'));
    if (!read.ok) throw new Error(`${file} does not read`);
    const { profile } = buildProfile(lookup, read.events, DEFAULT_HALF_LIFE_DAYS);
    const active = largestFirst(profileWeights(profile).chains).map(([c]) => Number(c));
    const problems: string[] = [];
    for (const pick of rankDapps({ dapps, index, profile, feedback: noFeedback(), top: 10 })) {
      const d = dapp(pick.id);
      for (const r of pick.reasons) {
        const wrong = (why: string) => problems.push(`${pick.id}: ${JSON.stringify(r)} ${why}`);
        if (r.type === 'starter' && profile.events >= 3) wrong(`told to a user with ${profile.events} events`);
        if (r.type === 'because-you') {
          for (const id of r.dapps) {
            if (dapp(id).category !== d.category) wrong(`cites ${id}, a ${dapp(id).category} dApp`);
            const did = (TELLING_ACTIONS[d.category] ?? []).filter((a) => (profile.dapps[id]?.actions[a] ?? 0) > 0).map((a) => actionWording(d.category, a));
            if (r.action !== 'use' && !did.includes(r.action)) wrong(`but ${id} shows no such action`);
          }
        }
        if (r.type === 'goes-with') {
          for (const id of r.dapps) if (!COMPLEMENTS[dapp(id).category].includes(d.category) && !d.secondary.includes(dapp(id).category)) wrong(`but ${id} is not a complement`);
        }
        if (r.type === 'similar-to' && dot(index.vector(r.dapp)!, index.vector(pick.id)!) < 0.65) wrong('for a dApp that is not similar');
        if ((r.type === 'because-you' || r.type === 'goes-with') && r.dapps.some((id) => !profile.dapps[id])) wrong('cites a dApp never used');
        if (r.type === 'popular-on-chain' && r.chain !== active.find((c) => d.chains.includes(c))) wrong('names a chain where the user is not most active');
      }
    }
    expect(problems).toEqual([]);
  });
});
