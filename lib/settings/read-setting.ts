import type { PromiseExtended } from 'dexie';
import type { Setting, SextantDb } from '../storage/schema';
import type { z } from '../zod';
import type { SettingDefinition } from './define-setting';

/**
 * Why a stored row was not used. `invalid`: it fails the schema (damaged, or its migration could
 * not make sense of it). `older-version`: written before a change nothing migrates (a derived row,
 * rebuilt). `newer-version`: written by a later Sextant than this one.
 */
export type SettingFault = 'invalid' | 'older-version' | 'newer-version';

export interface SettingRead<T> {
  value: T;
  /** A row exists under the key (whether or not it could be used). */
  stored: boolean;
  /** The row was written under an older version and migrated on the way in. */
  migrated: boolean;
  fault?: SettingFault;
}

/** Reads one row as its definition says; never throws: anything unusable reads as the initial value with the reason. */
export function decodeSetting<S extends z.ZodType>(definition: SettingDefinition<S>, row: Setting | undefined): SettingRead<z.output<S>> {
  if (row === undefined) return { value: definition.initial(), stored: false, migrated: false };
  const fault = (why: SettingFault): SettingRead<z.output<S>> => ({ value: definition.initial(), stored: true, migrated: false, fault: why });
  const version = typeof row.version === 'number' ? row.version : 0;
  if (version > definition.version) return fault('newer-version');
  let value = row.value;
  if (version < definition.version) {
    if (!definition.migrate) return fault('older-version');
    try {
      value = definition.migrate(value, version);
    } catch {
      // A migration that cannot read the old value is the same as a damaged row: the reason is reported.
      return fault('invalid');
    }
  }
  const parsed = definition.schema.safeParse(value);
  return parsed.success ? { value: parsed.data, stored: true, migrated: version < definition.version } : fault('invalid');
}

// These return Dexie's own promises, never a native async function's: inside a transaction Dexie
// follows its own promises, and a read wrapped in native ones can let the transaction commit early.

/** A setting's value, with how it was read. */
export function readSetting<S extends z.ZodType>(db: SextantDb, definition: SettingDefinition<S>): PromiseExtended<SettingRead<z.output<S>>> {
  return db.settings.get(definition.key).then((row) => decodeSetting(definition, row));
}

/** A setting's value: the stored one when it is usable, otherwise its initial value. */
export function getSetting<S extends z.ZodType>(db: SextantDb, definition: SettingDefinition<S>): PromiseExtended<z.output<S>> {
  return readSetting(db, definition).then((read) => read.value);
}
