import type { Setting, SextantDb } from '../storage/schema';
import type { z } from '../zod';
import type { SettingDefinition } from './define-setting';
import { getSetting } from './read-setting';

/** The row a value is stored as: checked against the schema (throws if it fails) and stamped with the version. */
export function settingRow<S extends z.ZodType>(definition: SettingDefinition<S>, value: NoInfer<z.output<S>>): Setting {
  return { key: definition.key, value: definition.schema.parse(value), version: definition.version };
}

export async function setSetting<S extends z.ZodType>(db: SextantDb, definition: SettingDefinition<S>, value: NoInfer<z.output<S>>): Promise<void> {
  await db.settings.put(settingRow(definition, value));
}

/** Reads, changes and writes a setting in one transaction, so two changes never lose one another. */
export async function updateSetting<S extends z.ZodType>(db: SextantDb, definition: SettingDefinition<S>, change: (current: z.output<S>) => NoInfer<z.output<S>>): Promise<z.output<S>> {
  return db.transaction('rw', db.settings, async () => {
    const next = change(await getSetting(db, definition));
    await setSetting(db, definition, next);
    return next;
  });
}

export async function deleteSetting(db: SextantDb, definition: SettingDefinition): Promise<void> {
  await db.settings.delete(definition.key);
}
