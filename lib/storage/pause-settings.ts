import type { PauseChange } from '../messaging/protocol';
import { SETTINGS } from '../settings/registry';
import type { PauseSettings } from '../settings/pause-schema';
import { updateSetting } from '../settings/write-setting';
import type { SextantDb } from './schema';

export type { PauseSettings };

export function nextPause(current: PauseSettings, change: PauseChange): PauseSettings {
  if (change.scope === 'global') return { ...current, global: change.paused };
  const origins = change.paused ? [...new Set([...current.origins, change.origin])] : current.origins.filter((o) => o !== change.origin);
  return { ...current, origins };
}

export function applyPause(db: SextantDb, change: PauseChange): Promise<PauseSettings> {
  return updateSetting(db, SETTINGS.pause, (current) => nextPause(current, change));
}

export function isPaused(settings: PauseSettings, origin: string): boolean {
  return settings.global || settings.origins.includes(origin);
}
