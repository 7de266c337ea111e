import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { withinDepth } from '../../lib/activity/json-depth';
import { checkSettings } from '../../lib/settings/check-settings';
import type { SettingDefinition } from '../../lib/settings/define-setting';
import { fileSettingFault, USER_SETTING_NAMES, writeFileSettings, type FileSettings } from '../../lib/settings/file-settings';
import { decodeSetting } from '../../lib/settings/read-setting';
import { SETTINGS } from '../../lib/settings/registry';
import { setSetting, updateSetting } from '../../lib/settings/write-setting';
import { openDb, type Setting } from '../../lib/storage/schema';
import { FUZZ_RUNS } from './fuzz-runs';
import { hostileValue } from './hostile-values';

const db = openDb('fuzz-settings-' + Math.random());
afterAll(() => db.delete());

const definitions = Object.values(SETTINGS) as SettingDefinition[];
const definition = fc.constantFrom(...definitions);
/** Values near the settings' shapes as well as anything at all. */
const value = fc.oneof(
  hostileValue,
  fc.constantFrom(true, false, 'all', [1, 10], [], 30, 0, 3651, 'Xenova/all-MiniLM-L6-v2', '../model', { enabled: true, url: 'http://plain.example' }, { enabled: false, url: '' }),
  fc.record({ global: fc.oneof(fc.boolean(), hostileValue), origins: fc.oneof(fc.array(fc.constantFrom('https://app.uniswap.org', 'javascript:x', '')), hostileValue) }, { requiredKeys: [] }),
  fc.record({ liked: fc.oneof(fc.array(fc.constantFrom('aave', 'Not An Id', '__proto__')), hostileValue), notInterested: fc.constant([]), alreadyUse: fc.constant([]), hiddenCategories: fc.array(fc.constantFrom('dex', 'nope')) }, { requiredKeys: [] }),
);

const rows = async () => JSON.stringify(await db.settings.orderBy('key').toArray());
const allReadable = async () => {
  for (const d of definitions) expect(decodeSetting(d, await db.settings.get(d.key)).fault, d.key).toBeUndefined();
};

describe('settings fuzzing', () => {
  it('setSetting and updateSetting: a refused value leaves the stored one, and every stored value passes its schema', async () => {
    await fc.assert(
      fc.asyncProperty(definition, value, fc.boolean(), async (d, v, viaUpdate) => {
        const before = await rows();
        const write = viaUpdate ? updateSetting(db, d, () => v) : setSetting(db, d, v);
        const accepted = await write.then(
          () => true,
          (error: unknown) => {
            // The designed refusal is the schema's; anything else is a fault.
            expect(error).toBeInstanceOf(ZodError);
            return false;
          },
        );
        if (!accepted) expect(await rows()).toBe(before);
        await allReadable();
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });

  it('settings from an export file: a file with a setting that cannot be used stores nothing; one that can stores only valid values', async () => {
    const fileSettings = fc.dictionary(fc.oneof(fc.constantFrom(...USER_SETTING_NAMES), fc.constantFrom('__proto__', 'constructor', 'settingVersions')), fc.oneof(value, fc.dictionary(fc.constantFrom(...USER_SETTING_NAMES), fc.oneof(fc.integer(), hostileValue))));
    await fc.assert(
      fc.asyncProperty(fileSettings, async (data) => {
        const before = await rows();
        const fault = fileSettingFault(data as FileSettings);
        if (fault) return;
        const stored = await writeFileSettings(db, data as FileSettings).then(
          () => true,
          (error: unknown) => {
            expect((error as Error).message).toMatch(/^the file's \w+ setting cannot be used/);
            return false;
          },
        );
        if (!stored) expect(await rows()).toBe(before);
        await allReadable();
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });

  it('checkStoredSettings on rows of any shape and version leaves only rows that read without fault (or a later version’s, kept for it)', async () => {
    // Rows IndexedDB can hold: it refuses values nested thousands deep itself.
    const row = fc.record({ key: fc.constantFrom(...definitions.map((d) => d.key)), value: value.filter((v) => withinDepth(v, 50)), version: fc.constantFrom(undefined, 0, 1, 2, 99, -1, 1.5, '1', Number.NaN, null) }, { requiredKeys: ['key'] });
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 6 }), async (raw) => {
        await db.settings.clear();
        // Rows as any earlier or broken writer left them, versions of any type included.
        await db.settings.bulkPut(raw.map((r) => ({ ...r, value: r.value })) as unknown as Setting[]);
        const check = await checkSettings(db);
        for (const d of definitions) {
          const read = decodeSetting(d, await db.settings.get(d.key));
          if (read.fault === 'newer-version') expect(check.newer).toContain(Object.entries(SETTINGS).find(([, x]) => x === d)![0]);
          else expect(read.fault, d.key).toBeUndefined();
        }
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });
});
