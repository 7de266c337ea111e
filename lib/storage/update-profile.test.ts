import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultLookup } from '../catalog/default-lookup';
import { emptyProfile } from '../profile/profile';
import { profileWeights } from '../profile/profile-weights';
import { SETTINGS } from '../settings/registry';
import { importActivity } from './import-activity';
import { openDb } from './schema';
import { updateProfile } from './update-profile';

const sample = JSON.parse(readFileSync('samples/demo-activity.json', 'utf8')) as { format: string; events: unknown[] };
const file = (events: unknown[]) => JSON.stringify({ ...sample, events });
const lookup = defaultLookup();
const db = openDb('update-profile-' + Math.random());
afterEach(async () => {
  vi.restoreAllMocks();
  await Promise.all([db.events.clear(), db.settings.clear()]);
});

describe('updateProfile', () => {
  it('folds in only new events, to the same profile a rebuild gives', async () => {
    const half = Math.floor(sample.events.length / 2);
    expect((await importActivity(db, file(sample.events.slice(0, half)), lookup)).ok).toBe(true);
    const first = await updateProfile(db, lookup);
    expect(first.events).toBeGreaterThan(0);
    expect((await importActivity(db, file(sample.events.slice(half)), lookup)).ok).toBe(true);
    const incremental = await updateProfile(db, lookup);
    const rebuilt = await updateProfile(db, lookup, true);
    expect(incremental.events).toBe(rebuilt.events);
    expect(profileWeights(incremental)).toEqual(profileWeights(rebuilt));
  });

  it('does not rewrite the stored profile when no event is new', async () => {
    await importActivity(db, file(sample.events), lookup);
    await updateProfile(db, lookup);
    const put = vi.spyOn(db.settings, 'put');
    await updateProfile(db, lookup);
    expect(put).not.toHaveBeenCalled();
  });

  it('ignores a stored profile of an older version and rebuilds it from the events: the ranker never gets the old row', async () => {
    await importActivity(db, file(sample.events), lookup);
    const rebuilt = await updateProfile(db, lookup, true);
    // What an older Sextant stored: it claims events that are not there and a dApp never used, up to an event id beyond every one.
    const old = { ...emptyProfile(60), events: 999, dapps: { curve: { log: 50, count: 999, firstUsed: 0, lastUsed: 0, actions: { swap: 999 }, chains: { 1: 999 } } } };
    await db.settings.put({ key: 'profile', value: { profile: old, upToEventId: 1e9 }, version: SETTINGS.profile.version - 1 });
    const profile = await updateProfile(db, lookup);
    expect(profile).toEqual(rebuilt);
    expect(profile.dapps.curve).toBeUndefined();
    expect(await db.settings.get('profile')).toEqual({ key: 'profile', value: { profile: rebuilt, upToEventId: expect.any(Number) }, version: SETTINGS.profile.version });
  });
});
