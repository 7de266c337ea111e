import { fileURLToPath } from 'node:url';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { DEFAULT_MODEL_ID } from '../../lib/embedding/default-model';
import { DEFAULT_HALF_LIFE_DAYS } from '../../lib/profile/action-weights';
import { buildProfile } from '../../lib/profile/build-profile';
import { printTable, recommendFromFile } from './recommend';
import { readActivityOrFail } from './read-activity';

const SAMPLE = fileURLToPath(new URL('../../samples/demo-activity.json', import.meta.url));

/** `demo`: recommendations for the sample activity shipped with the project, with the shipped model. */
export async function demoCommand(): Promise<number> {
  const events = await readActivityOrFail(SAMPLE, 'demo');
  const { profile } = buildProfile(defaultLookup(), events, DEFAULT_HALF_LIFE_DAYS);
  const used = Object.entries(profile.dapps).map(([id, u]) => `${defaultLookup().byId.get(id)!.name} ×${u.count}`);
  console.log(`Sample activity (samples/demo-activity.json): ${events.length} wallet events`);
  console.log(`Uses: ${used.join(', ')}`);
  console.log(`Model: ${DEFAULT_MODEL_ID}, on this machine; nothing is sent anywhere.\n`);
  console.log('Recommended next:\n');
  printTable(await recommendFromFile(SAMPLE, 10));
  return 0;
}
