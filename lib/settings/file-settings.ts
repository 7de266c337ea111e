import type { PromiseExtended } from 'dexie';
import type { SextantDb } from '../storage/schema';
import type { SettingDefinition } from './define-setting';
import { decodeSetting, type SettingFault } from './read-setting';
import { USER_SETTINGS, type UserSettingName } from './registry';
import { settingRow } from './write-setting';

/**
 * The user's settings as an activity file holds them: each under its registry name, with the
 * version its definition had when the file was written. Files from before versions were written
 * (no `settingVersions`) hold version 1 of every setting.
 */
export type FileSettings = Partial<Record<UserSettingName, unknown>> & { settingVersions?: Partial<Record<UserSettingName, number>> };

export const USER_SETTING_NAMES = Object.keys(USER_SETTINGS) as UserSettingName[];

const definition = (name: UserSettingName): SettingDefinition => USER_SETTINGS[name];

/** One setting of a file, read through its definition exactly as a stored row of that version would be (migrated when older). */
function decodeFileSetting(data: FileSettings, name: UserSettingName) {
  const def = definition(name);
  return decodeSetting(def, { key: def.key, value: data[name], version: data.settingVersions?.[name] ?? 1 });
}

/** The first setting in a file that cannot be used, and why; null when every one it holds can. */
export function fileSettingFault(data: FileSettings): { name: UserSettingName; fault: SettingFault } | null {
  for (const name of USER_SETTING_NAMES) {
    if (data[name] === undefined) continue;
    const { fault } = decodeFileSetting(data, name);
    if (fault) return { name, fault };
  }
  return null;
}

/** What an export carries: every user setting that is stored and readable (an unreadable one is left out, not exported in a shape import refuses). */
export function readFileSettings(db: SextantDb): PromiseExtended<FileSettings> {
  return db.settings.bulkGet(USER_SETTING_NAMES.map((name) => USER_SETTINGS[name].key)).then((rows) => {
    const out: FileSettings = {};
    const versions: Partial<Record<UserSettingName, number>> = {};
    USER_SETTING_NAMES.forEach((name, i) => {
      const read = decodeSetting(definition(name), rows[i]);
      if (!read.stored || read.fault) return;
      out[name] = read.value;
      versions[name] = USER_SETTINGS[name].version;
    });
    return Object.keys(versions).length > 0 ? { ...out, settingVersions: versions } : out;
  });
}

/**
 * Stores the settings a file holds, each replacing what is stored (the file is what the user chose
 * to restore); settings it lacks stay. The file must have passed fileSettingFault; a setting that
 * cannot be used throws, storing nothing.
 */
export function writeFileSettings(db: SextantDb, data: FileSettings): PromiseExtended<unknown> {
  const rows = USER_SETTING_NAMES.filter((name) => data[name] !== undefined).map((name) => {
    const read = decodeFileSetting(data, name);
    if (read.fault) throw new Error(`the file's ${name} setting cannot be used (${read.fault})`);
    return settingRow(definition(name), read.value);
  });
  return db.settings.bulkPut(rows);
}
