import type { SextantDb } from '../storage/schema';
import type { SettingDefinition } from './define-setting';
import { decodeSetting, readSetting, type SettingFault } from './read-setting';
import { USER_SETTINGS, type UserSettingName } from './registry';
import { setSetting } from './write-setting';

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
export async function readFileSettings(db: SextantDb): Promise<FileSettings> {
  const out: FileSettings = {};
  const versions: Partial<Record<UserSettingName, number>> = {};
  for (const name of USER_SETTING_NAMES) {
    const read = await readSetting(db, definition(name));
    if (!read.stored || read.fault) continue;
    out[name] = read.value;
    versions[name] = USER_SETTINGS[name].version;
  }
  return Object.keys(versions).length > 0 ? { ...out, settingVersions: versions } : out;
}

/**
 * Stores the settings a file holds, each replacing what is stored (the file is what the user chose
 * to restore); settings it lacks stay. Call inside a transaction on the settings table; the file
 * must have passed fileSettingFault.
 */
export async function writeFileSettings(db: SextantDb, data: FileSettings): Promise<void> {
  for (const name of USER_SETTING_NAMES) {
    if (data[name] === undefined) continue;
    const read = decodeFileSetting(data, name);
    if (read.fault) throw new Error(`the file's ${name} setting cannot be used (${read.fault})`);
    await setSetting(db, definition(name), read.value);
  }
}
