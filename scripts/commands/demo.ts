import { fileURLToPath } from 'node:url';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { DEFAULT_MODEL_ID } from '../../lib/embedding/default-model';
import { printTable, profileFromFile, recommendFor } from './recommend';

const SAMPLE = fileURLToPath(new URL('../../samples/demo-activity.json', import.meta.url));

/** `demo`: recommendations for the sample activity shipped with the project, with the shipped model. */
export async function demoCommand(): Promise<number> {
  const { events, profile } = await profileFromFile(SAMPLE, 'demo');
  const used = Object.entries(profile.dapps).map(([id, u]) => `${defaultLookup().byId.get(id)!.name} ×${u.count}`);
  console.log(`Sample activity (samples/demo-activity.json): ${events} wallet events`);
  console.log(`Uses: ${used.join(', ')}`);
  console.log(`Model: ${DEFAULT_MODEL_ID}, on this machine; nothing is sent anywhere.\n`);
  console.log('Recommended next:\n');
  printTable(await recommendFor(profile, 10));
  return 0;
}
