import Dexie, { type PromiseExtended } from 'dexie';
import type { Setting, SextantDb } from '../storage/schema';
import type { z } from '../zod';
import type { SettingDefinition } from './define-setting';
import { getSetting } from './read-setting';

// Dexie's own promises throughout, never a native async function's: see read-setting.ts.

/** The row a value is stored as: checked against the schema (throws if it fails) and stamped with the version. */
export function settingRow<S extends z.ZodType>(definition: SettingDefinition<S>, value: NoInfer<z.output<S>>): Setting {
  return { key: definition.key, value: definition.schema.parse(value), version: definition.version };
}

/** Stores a setting; rejects, storing nothing, if the value fails the schema. */
export function setSetting<S extends z.ZodType>(db: SextantDb, definition: SettingDefinition<S>, value: NoInfer<z.output<S>>): PromiseExtended<void> {
  return Dexie.Promise.resolve()
    .then(() => db.settings.put(settingRow(definition, value)))
    .then(() => undefined);
}

/** Reads, changes and writes a setting in one transaction, so two changes never lose one another. */
export function updateSetting<S extends z.ZodType>(db: SextantDb, definition: SettingDefinition<S>, change: (current: z.output<S>) => NoInfer<z.output<S>>): PromiseExtended<z.output<S>> {
  return db.transaction('rw', db.settings, () =>
    getSetting(db, definition).then((current) => {
      const next = change(current);
      return setSetting(db, definition, next).then(() => next);
    }),
  );
}

export function deleteSetting(db: SextantDb, definition: SettingDefinition): PromiseExtended<void> {
  return db.settings.delete(definition.key);
}
