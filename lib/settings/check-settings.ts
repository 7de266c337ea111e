import type { SextantDb } from '../storage/schema';
import type { SettingDefinition } from './define-setting';
import { decodeSetting, type SettingFault } from './read-setting';
import { SETTINGS, type SettingName } from './registry';
import { settingRow } from './write-setting';

export interface SettingsCheck {
  /** Rows of an older version rewritten in the current shape. */
  migrated: SettingName[];
  /** Derived rows of an older version or unreadable: removed, to be rebuilt. */
  rebuilt: SettingName[];
  /** The user's or this device's rows that could not be read: removed, so the initial value applies. */
  reset: { name: SettingName; fault: SettingFault }[];
  /** Rows a later Sextant wrote: kept for it, read as the initial value meanwhile. */
  newer: SettingName[];
}

/**
 * Brings every stored row to its current version, once, when the background starts: migrates what
 * can be migrated, removes derived rows to rebuild and rows nothing can read, and says which (the
 * caller records resets in "Recent errors"). Reads already fall back row by row; this makes the
 * fallback permanent so it is reported once, not on every read. Touches no other row.
 */
export async function checkSettings(db: SextantDb): Promise<SettingsCheck> {
  const check: SettingsCheck = { migrated: [], rebuilt: [], reset: [], newer: [] };
  await db.transaction('rw', db.settings, async () => {
    for (const [name, definition] of Object.entries(SETTINGS) as [SettingName, SettingDefinition][]) {
      const read = decodeSetting(definition, await db.settings.get(definition.key));
      if (read.fault === 'newer-version') check.newer.push(name);
      else if (read.fault && definition.kind === 'derived') {
        await db.settings.delete(definition.key);
        check.rebuilt.push(name);
      } else if (read.fault) {
        await db.settings.delete(definition.key);
        check.reset.push({ name, fault: read.fault });
      } else if (read.migrated) {
        await db.settings.put(settingRow(definition, read.value));
        check.migrated.push(name);
      }
    }
  });
  return check;
}
