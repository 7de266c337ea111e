import { DEFAULT_MODEL_ID } from '../embedding/default-model';
import type { SextantDb } from './schema';

const KEY = 'model';

/** The embedding model the user picked; the shipped default until they pick another. */
export async function readModelId(db: SextantDb): Promise<string> {
  const value = (await db.settings.get(KEY))?.value;
  return typeof value === 'string' ? value : DEFAULT_MODEL_ID;
}

export async function writeModelId(db: SextantDb, modelId: string): Promise<void> {
  await db.settings.put({ key: KEY, value: modelId });
}
