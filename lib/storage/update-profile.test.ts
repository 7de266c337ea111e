import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultLookup } from '../catalog/default-lookup';
import { profileWeights } from '../profile/profile-weights';
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
});
