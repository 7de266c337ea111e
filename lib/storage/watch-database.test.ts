import { forceCloseDatabase } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDb } from './schema';
import { watchDatabase, type DatabaseHealth } from './watch-database';

/** Records what a watcher reports, and waits for a report matching a condition. */
function recorder() {
  const seen: DatabaseHealth[] = [];
  let wake = () => {};
  return {
    seen,
    report: (health: DatabaseHealth) => {
      seen.push(health);
      wake();
    },
    async until(match: (h: DatabaseHealth) => boolean): Promise<void> {
      while (!seen.some(match)) await new Promise<void>((resolve) => (wake = resolve));
    },
  };
}

const problemIs = (key: string) => (h: DatabaseHealth) => !h.ok && h.problem.key === key;

/** A raw connection at an old version that, like a stale page, ignores requests to close. */
function holdOldVersion(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('watchDatabase', () => {
  it('says the upgrade is blocked while another connection holds the old version open, then that all is well once it closes, with nothing lost', async () => {
    const name = `blocked-${Math.random()}`;
    const stale = await holdOldVersion(name);
    const db = openDb(name);
    const health = recorder();
    watchDatabase(db, health.report);
    await health.until(problemIs('storageBlocked'));
    expect(db.isOpen()).toBe(false);
    stale.close();
    await health.until((h) => h.ok);
    await db.settings.put({ key: 'half-life-days', value: 30, version: 1 });
    expect(await db.settings.get('half-life-days')).toMatchObject({ value: 30 });
    await db.delete();
  });

  it('tells a page whose database another connection upgrades that it runs outdated code, and lets the upgrade through', async () => {
    const name = `upgraded-${Math.random()}`;
    const page = openDb(name);
    const health = recorder();
    watchDatabase(page, health.report);
    await health.until((h) => h.ok);
    await page.settings.put({ key: 'half-life-days', value: 30, version: 1 });
    // A newer version of Sextant opening the same database at a higher version.
    const newer = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, page.verno * 10 + 10);
      request.onsuccess = () => resolve(request.result);
    });
    await health.until(problemIs('storageUpgraded'));
    expect(newer.version).toBe(page.verno * 10 + 10);
    newer.close();
    // The page keeps reading (Dexie reopens), but the warning stays until it is reloaded.
    expect(await page.settings.get('half-life-days')).toMatchObject({ value: 30 });
    expect(health.seen.at(-1)).toEqual({ ok: false, problem: { key: 'storageUpgraded', subs: [] } });
    await page.delete();
  });

  it('says the database was closed when the browser closes the connection, and all is well again once it reopens', async () => {
    const db = openDb(`closed-${Math.random()}`);
    const health = recorder();
    watchDatabase(db, health.report);
    await health.until((h) => h.ok);
    await db.settings.put({ key: 'half-life-days', value: 30, version: 1 });
    // What the browser does when, say, the user clears site data while the page is open.
    forceCloseDatabase(db.backendDB() as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await health.until(problemIs('storageClosed'));
    const reports = health.seen.length;
    expect(await db.settings.get('half-life-days')).toMatchObject({ value: 30 });
    expect(health.seen.slice(reports)).toEqual([{ ok: true }]);
    await db.delete();
  });

  it('says the database could not be opened when opening fails', async () => {
    // A context without IndexedDB, as when a browser refuses it to the extension.
    const db = openDb(`failing-${Math.random()}`, { dexie: { indexedDB: undefined as unknown as IDBFactory, IDBKeyRange: undefined as unknown as typeof IDBKeyRange } });
    const health = recorder();
    watchDatabase(db, health.report);
    await health.until(problemIs('storageFailed'));
    expect(health.seen).toEqual([{ ok: false, problem: { key: 'storageFailed', subs: [] } }]);
  });
});
