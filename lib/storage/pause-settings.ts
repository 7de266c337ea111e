import type { PauseChange } from '../messaging/protocol';
import type { SextantDb } from './schema';

export interface PauseSettings {
  global: boolean;
  origins: string[];
}

const KEY = 'pause';

export async function readPause(db: SextantDb): Promise<PauseSettings> {
  const row = await db.settings.get(KEY);
  const value = row?.value as Partial<PauseSettings> | undefined;
  return { global: value?.global === true, origins: Array.isArray(value?.origins) ? value.origins : [] };
}

export async function applyPause(db: SextantDb, change: PauseChange): Promise<PauseSettings> {
  return db.transaction('rw', db.settings, async () => {
    const current = await readPause(db);
    const next: PauseSettings =
      change.scope === 'global'
        ? { ...current, global: change.paused }
        : {
            ...current,
            origins: change.paused
              ? [...new Set([...current.origins, change.origin])]
              : current.origins.filter((o) => o !== change.origin),
          };
    await db.settings.put({ key: KEY, value: next });
    return next;
  });
}

export function isPaused(settings: PauseSettings, origin: string): boolean {
  return settings.global || settings.origins.includes(origin);
}
