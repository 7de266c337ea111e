import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultLookup } from '../catalog/default-lookup';
import { importActivity } from './import-activity';
import { openDb } from './schema';
import { STORAGE_PROBLEMS, storageProblem } from './storage-problem';

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
    expect(storageProblem({ name: 'BlockedError' })).toEqual({ key: 'storageBlocked', subs: [] });
    // The database is newer than this page's code: reloading the page fixes it.
    expect(storageProblem({ name: 'VersionError' })).toEqual({ key: 'storageUpgraded', subs: [] });
  });

  it('an open that failed reads as a database that could not be opened, not as one closed on purpose', async () => {
    expect(storageProblem({ name: 'DatabaseClosedError', inner: { name: 'UpgradeError' } })).toEqual({ key: 'storageFailed', subs: [] });
    expect(storageProblem({ name: 'MissingAPIError' })).toEqual({ key: 'storageFailed', subs: [] });
    // An upgrade function that threw: Dexie closes the database around the thrown error.
    const name = 'failed-open-' + Math.random();
    const old = openDb(name);
    await old.open();
    old.close();
    const broken = new Dexie(name);
    broken.version(60).stores({ events: '++id' }).upgrade(() => {
      throw new Error('upgrade went wrong');
    });
    const error = await broken.table('events').count().then(() => undefined, (e: unknown) => e);
    expect(storageProblem(error)).toEqual({ key: 'storageFailed', subs: [] });
    await openDb(name).delete();
  });

  it('has words in English and Indonesian for every storage problem', () => {
    for (const lang of ['en', 'id']) {
      const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
      for (const key of STORAGE_PROBLEMS) expect(messages[key]?.message, `${lang} ${key}`).toBeTruthy();
    }
  });
});
