import type { SextantDb } from './schema';

/** Where the model and catalog embedding stand, for the UI's progress bar. */
export interface ModelStatus {
  modelId: string;
  phase: 'idle' | 'load-model' | 'embed' | 'ready' | 'error';
  done: number;
  total: number;
  error?: string;
}

const KEY = 'model-status';

export async function readModelStatus(db: SextantDb): Promise<ModelStatus | null> {
  return ((await db.settings.get(KEY))?.value as ModelStatus | undefined) ?? null;
}

export async function writeModelStatus(db: SextantDb, status: ModelStatus): Promise<void> {
  await db.settings.put({ key: KEY, value: status });
}
