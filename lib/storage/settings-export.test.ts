import { afterEach, describe, expect, it } from 'vitest';
import { defaultLookup } from '../catalog/default-lookup';
import type { SettingDefinition } from '../settings/define-setting';
import { getSetting } from '../settings/read-setting';
import { SETTINGS, USER_SETTINGS, type UserSettingName } from '../settings/registry';
import { SAMPLES } from '../settings/testing/samples';
import { setSetting } from '../settings/write-setting';
import { deleteEverything } from './delete-everything';
import { exportActivity } from './export-activity';
import { importActivity, importActivityBatch } from './import-activity';
import { openDb, type SextantDb } from './schema';

const USER = Object.keys(USER_SETTINGS) as UserSettingName[];
const definition = (name: UserSettingName): SettingDefinition => USER_SETTINGS[name];
const dbs: SextantDb[] = [];
const fresh = () => {
  const db = openDb(`settings-export-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

const file = (userData: unknown) => JSON.stringify({ format: 'sextant.activity.v2', userData, events: [] });
const storedSettings = async (db: SextantDb) => Object.fromEntries(await Promise.all(USER.map(async (name) => [name, await getSetting(db, definition(name))] as const)));

describe('settings in an export', () => {
  it('carry every user setting through export, delete everything and import, with the version each was written at', async () => {
    const db = fresh();
    for (const name of USER) await setSetting(db, definition(name), SAMPLES[name]);
    // Derived and local rows are this device's: they stay out of the file.
    await setSetting(db, SETTINGS.recentErrors, SAMPLES.recentErrors);
    await setSetting(db, SETTINGS.recommendations, SAMPLES.recommendations);
    const before = await storedSettings(db);

    const { text } = await exportActivity(db);
    const { userData } = JSON.parse(text) as { userData: Record<string, unknown> };
    expect(Object.keys(userData).sort()).toEqual([...USER, 'settingVersions'].sort());
    expect(userData.settingVersions).toEqual(Object.fromEntries(USER.map((name) => [name, USER_SETTINGS[name].version])));

    await deleteEverything(db);
    expect(await db.settings.count()).toBe(0);
    expect(await importActivity(db, text, defaultLookup())).toMatchObject({ ok: true });
    expect(await storedSettings(db)).toEqual(before);
    expect(await getSetting(db, SETTINGS.recentErrors)).toEqual([]);
    expect(await getSetting(db, SETTINGS.recommendations)).toBeNull();
  });

  it('restores them from the last batch of a file imported in batches, as the pages send it', async () => {
    const db = fresh();
    const userData = { chains: [8453], sidebar: SAMPLES.sidebar, settingVersions: { chains: 1, sidebar: 1 } };
    expect(await importActivityBatch(db, { offset: 0, events: [], userData }, defaultLookup())).toMatchObject({ ok: true });
    expect(await getSetting(db, SETTINGS.chains)).toEqual([8453]);
    expect(await getSetting(db, SETTINGS.sidebar)).toEqual(SAMPLES.sidebar);
  });

  it('reads a file written before settings carried versions as version 1, and migrates a setting of an older version', async () => {
    const db = fresh();
    expect(await importActivity(db, file({ halfLifeDays: 30, pause: { global: true, origins: [] } }), defaultLookup())).toMatchObject({ ok: true });
    expect(await getSetting(db, SETTINGS.halfLifeDays)).toBe(30);
    expect(await getSetting(db, SETTINGS.pause)).toEqual({ global: true, origins: [] });
    // Feedback as the hand-written readers before versions took it: its invalid entries are dropped, the rest kept.
    const old = { feedback: { liked: ['aave', 'Not An Id'], notInterested: [], alreadyUse: [], hiddenCategories: [] }, settingVersions: { feedback: 0 } };
    expect(await importActivity(db, file(old), defaultLookup())).toMatchObject({ ok: true });
    expect((await getSetting(db, SETTINGS.feedback)).liked).toEqual(['aave']);
  });

  it('refuses a file with a setting it cannot use (damaged, or from a later Sextant), naming it, and changes nothing', async () => {
    const db = fresh();
    await setSetting(db, SETTINGS.halfLifeDays, 45);
    const before = await db.settings.toArray();
    for (const [userData, part] of [
      [{ halfLifeDays: 30, chains: [] }, 'chains'],
      [{ halfLifeDays: 30, settingVersions: { halfLifeDays: 2 } }, 'halfLifeDays'],
      [{ catalogRefresh: { enabled: true, url: '' } }, 'catalogRefresh'],
    ] as const) {
      expect(await importActivity(db, file(userData), defaultLookup()), part).toEqual({ ok: false, problem: { key: 'importBadUserData', subs: [part] } });
    }
    expect(await db.settings.toArray()).toEqual(before);
  });
});
