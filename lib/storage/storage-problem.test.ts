import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLookup } from '../catalog/default-lookup';
import { importActivity } from './import-activity';
import { openDb } from './schema';
import { storageProblem } from './storage-problem';

const sample = readFileSync('tests/fixtures/activity-sample.json', 'utf8');

describe('storage failures', () => {
  it('a closed database fails the import with a clear problem, and reopening shows nothing lost', async () => {
    const name = 'closed-' + Math.random();
    const db = openDb(name);
    await importActivity(db, sample, defaultLookup());
    const before = await db.events.toArray();
    db.close();
    const error = await importActivity(db, sample, defaultLookup()).then(() => undefined, (e: unknown) => e);
    expect(storageProblem(error)).toEqual({ key: 'storageClosed', subs: [] });
    const again = openDb(name);
    expect(await again.events.toArray()).toEqual(before);
    await again.delete();
  });

  it('a full disk rolls the whole import back and says the storage is full', async () => {
    const db = openDb('quota-' + Math.random());
    await importActivity(db, sample, defaultLookup());
    const before = await db.events.toArray();
    let writes = 0;
    // The browser raises QuotaExceededError from a write; here the second write of the batch does.
    db.events.hook('creating', () => {
      if (++writes === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const text = sample.replaceAll('2026-09-14', '2026-09-15');
    const error = await importActivity(db, text, defaultLookup()).then(() => undefined, (e: unknown) => e);
    expect(storageProblem(error)).toEqual({ key: 'storageFull', subs: [] });
    expect(await db.events.toArray()).toEqual(before);
    await db.delete();
  });

  it('anything else is still worded, with its message, never thrown raw at the user', () => {
    expect(storageProblem(new Error('boom'))).toEqual({ key: 'errorUnexpected', subs: ['boom'] });
    expect(storageProblem({ name: 'VersionError' })).toEqual({ key: 'storageBlocked', subs: [] });
  });
});
