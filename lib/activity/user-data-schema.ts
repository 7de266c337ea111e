import { fileSettingFault, USER_SETTING_NAMES } from '../settings/file-settings';
import type { UserSettingName } from '../settings/registry';
import { z } from '../zod';

// Each setting's value is checked by its registry definition (lib/settings/registry.ts), at the
// version the file names, so a file written by an older Sextant is migrated like a stored row.
const settingFields = Object.fromEntries(USER_SETTING_NAMES.map((name) => [name, z.unknown().optional()])) as Record<UserSettingName, z.ZodOptional<z.ZodUnknown>>;

/**
 * Everything besides events that the user owns: what they told Sextant and how they set it up.
 * Derived rows (profile, ranking, embeddings, model progress) are rebuilt, never exported.
 * Each part is optional so a file edited by hand may carry only some.
 */
export const userDataSchema = z
  .object({
    ...settingFields,
    settingVersions: z.partialRecord(z.enum(USER_SETTING_NAMES as [UserSettingName, ...UserSettingName[]]), z.number().int().min(0).max(1_000_000)).optional(),
    /** dApps the user imported into the catalog; validated as a catalog when restored. */
    catalogImports: z.array(z.unknown()).max(20_000).optional(),
  })
  .superRefine((data, ctx) => {
    const bad = fileSettingFault(data);
    if (bad) ctx.addIssue({ code: 'custom', path: [bad.name], message: `cannot be used (${bad.fault})` });
  });

export type UserData = z.infer<typeof userDataSchema>;
