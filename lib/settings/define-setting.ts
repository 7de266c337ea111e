import type { z } from '../zod';

/**
 * Who a row belongs to. `user`: what the person chose or told Sextant; it travels in the export
 * and is restored by import. `local`: this device's own bookkeeping (kept, never exported).
 * `derived`: computed from the rest and rebuilt whenever it is missing, unreadable or of an older
 * version, so it needs no migration.
 */
export type SettingKind = 'user' | 'local' | 'derived';

export interface SettingDefinition<S extends z.ZodType = z.ZodType> {
  /** The row's key in the settings table. */
  key: string;
  kind: SettingKind;
  schema: S;
  /** What a missing or unreadable row reads as. A function, so callers never share one mutable value. */
  initial: () => z.output<S>;
  /** Raised whenever the stored shape or meaning changes. Rows written before rows carried one count as 0. */
  version: number;
  /**
   * Turns a value written under an older version into this version's shape (checked by the schema
   * afterwards). Without it an older row reads as `initial`; for a derived row that means rebuilt.
   */
  migrate?: (value: unknown, from: number) => unknown;
}

export const defineSetting = <S extends z.ZodType>(definition: SettingDefinition<S>): SettingDefinition<S> => definition;

/** What a setting holds. */
export type SettingValue<D extends SettingDefinition> = z.output<D['schema']>;
