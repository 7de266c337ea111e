import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type SextantDb } from '../storage/schema';
import { checkSettings } from './check-settings';
import type { SettingDefinition } from './define-setting';
import { getSetting, readSetting } from './read-setting';
import { SETTINGS, type SettingName } from './registry';
import { SAMPLES } from './testing/samples';
import { setSetting, updateSetting } from './write-setting';

const ALL = Object.entries(SETTINGS) as [SettingName, SettingDefinition][];
const dbs: SextantDb[] = [];
const fresh = () => {
  const db = openDb(`settings-${Math.random()}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('the settings registry', () => {
  it('declares each key once', () => {
    const keys = ALL.map(([, d]) => d.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads every setting as its initial value while nothing is stored', async () => {
    const db = fresh();
    for (const [name, definition] of ALL) {
      expect(await readSetting(db, definition), name).toEqual({ value: definition.initial(), stored: false, migrated: false });
    }
  });

  it('gives every setting back as it was set, stamped with its version', async () => {
    const db = fresh();
    for (const [name, definition] of ALL) {
      expect(SAMPLES[name], name).not.toEqual(definition.initial());
      await setSetting(db, definition, SAMPLES[name]);
    }
    for (const [name, definition] of ALL) {
      expect(await getSetting(db, definition), name).toEqual(SAMPLES[name]);
      expect((await db.settings.get(definition.key))?.version, name).toBe(definition.version);
    }
  });

  it('reads a stored value that fails its schema as the initial value, says why, and leaves every other row alone', async () => {
    const db = fresh();
    for (const [name, definition] of ALL) await setSetting(db, definition, SAMPLES[name]);
    for (const [name, definition] of ALL) {
      const before = await db.settings.toArray();
      await db.settings.put({ key: definition.key, value: { damaged: [1, 2, 3] }, version: definition.version });
      expect(await readSetting(db, definition), name).toEqual({ value: definition.initial(), stored: true, migrated: false, fault: 'invalid' });
      const others = (await db.settings.toArray()).filter((row) => row.key !== definition.key);
      expect(others, name).toEqual(before.filter((row) => row.key !== definition.key));
      await setSetting(db, definition, SAMPLES[name]);
    }
  });

  it('refuses to write a value that fails the schema, and keeps the stored one', async () => {
    const db = fresh();
    await setSetting(db, SETTINGS.halfLifeDays, 30);
    await expect(setSetting(db, SETTINGS.halfLifeDays, 0)).rejects.toThrow();
    await expect(setSetting(db, SETTINGS.chains, [])).rejects.toThrow();
    await expect(setSetting(db, SETTINGS.chains, [999_999])).rejects.toThrow();
    expect(await getSetting(db, SETTINGS.halfLifeDays)).toBe(30);
    expect(await getSetting(db, SETTINGS.chains)).toBe('all');
  });

  it('migrates the user’s rows from before versions the way the old readers did, keeping what they kept', async () => {
    const db = fresh();
    await db.settings.bulkPut([
      { key: 'half-life-days', value: 30 },
      { key: 'model', value: 'sextant-use-static-256' },
      { key: 'newtab-enabled', value: false },
      { key: 'feedback', value: { liked: ['aave', 'Not An Id!'], notInterested: 'curve', alreadyUse: [], hiddenCategories: ['gaming', 'cooking'] } },
      { key: 'pause', value: { global: 'yes', origins: ['https://app.uniswap.org', 'javascript:alert(1)', 7] } },
      { key: 'catalog-refresh', value: { enabled: false, url: 'https://api.llama.fi/protocols' } },
    ]);
    expect(await readSetting(db, SETTINGS.halfLifeDays)).toEqual({ value: 30, stored: true, migrated: true });
    expect(await getSetting(db, SETTINGS.modelId)).toBe('sextant-use-static-256');
    expect(await getSetting(db, SETTINGS.newTabEnabled)).toBe(false);
    expect(await getSetting(db, SETTINGS.feedback)).toEqual({ liked: ['aave'], notInterested: [], alreadyUse: [], hiddenCategories: ['gaming'] });
    expect(await getSetting(db, SETTINGS.pause)).toEqual({ global: false, origins: ['https://app.uniswap.org'] });
    expect(await getSetting(db, SETTINGS.catalogRefresh)).toEqual({ enabled: false, url: 'https://api.llama.fi/protocols' });
  });

  it('ignores a derived row of an older version (it is rebuilt), and one a later Sextant wrote', async () => {
    const db = fresh();
    // A ranking stored before rows carried a version: it lacks the chains every item now has.
    const { chains: _chains, ...withoutChains } = SAMPLES.recommendations!.items[0]!;
    await db.settings.put({ key: 'recommendations', value: { computedAt: 1, items: [withoutChains] } });
    expect(await readSetting(db, SETTINGS.recommendations)).toEqual({ value: null, stored: true, migrated: false, fault: 'older-version' });
    await db.settings.put({ key: 'half-life-days', value: 30, version: SETTINGS.halfLifeDays.version + 1 });
    expect(await readSetting(db, SETTINGS.halfLifeDays)).toMatchObject({ value: 60, fault: 'newer-version' });
  });

  it('changes a setting in one transaction, from its current value', async () => {
    const db = fresh();
    await Promise.all([1, 2, 3].map((n) => updateSetting(db, SETTINGS.recentErrors, (list) => [...list, { time: n, where: 'x', problem: { key: 'storageFull' } }])));
    expect((await getSetting(db, SETTINGS.recentErrors)).map((e) => e.time).sort()).toEqual([1, 2, 3]);
  });
});

describe('checkSettings, when the background starts', () => {
  it('rewrites old rows in the current version, drops unusable and outdated derived ones, keeps newer ones, and touches nothing else', async () => {
    const db = fresh();
    await db.events.add({ uid: 'u1', time: 1, origin: null, chainId: 1, method: 'eth_requestAccounts', params: [], outcome: { status: 'ok' }, source: 'page' });
    await db.settings.bulkPut([
      { key: 'half-life-days', value: 30 },
      { key: 'pause', value: { global: true, origins: [] }, version: 1 },
      { key: 'sidebar', value: 'not an object', version: 1 },
      { key: 'chains', value: [8453] },
      { key: 'profile', value: SAMPLES.profile },
      { key: 'model', value: 'later-model', version: 99 },
      { key: 'someone-elses-row', value: 42 },
    ]);
    const check = await checkSettings(db);
    expect(check).toEqual({
      migrated: ['halfLifeDays'],
      rebuilt: ['profile'],
      reset: [
        { name: 'sidebar', fault: 'invalid' },
        { name: 'chains', fault: 'older-version' },
      ],
      newer: ['modelId'],
    });
    expect(await db.settings.get('half-life-days')).toEqual({ key: 'half-life-days', value: 30, version: 1 });
    expect(await db.settings.get('pause')).toEqual({ key: 'pause', value: { global: true, origins: [] }, version: 1 });
    for (const gone of ['sidebar', 'chains', 'profile']) expect(await db.settings.get(gone), gone).toBeUndefined();
    expect(await db.settings.get('model')).toEqual({ key: 'model', value: 'later-model', version: 99 });
    expect(await db.settings.get('someone-elses-row')).toEqual({ key: 'someone-elses-row', value: 42 });
    expect(await db.events.count()).toBe(1);
    // Once checked, nothing is left to report.
    expect(await checkSettings(db)).toEqual({ migrated: [], rebuilt: [], reset: [], newer: ['modelId'] });
  });
});
