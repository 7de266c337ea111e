import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { enrichEvent } from '../attribution/enrich-event';
import { defaultLookup } from '../catalog/default-lookup';
import { enrichMissing } from './enrich-missing';
import { openDb } from './schema';

const enrich = (e: Parameters<typeof enrichEvent>[1]) => enrichEvent(defaultLookup(), e);

async function databaseAtVersion2(name: string) {
  const old = new Dexie(name);
  old.version(1).stores({ events: '++id, &uid, time, origin, method', drops: 'reason', settings: 'key' });
  old.version(2).stores({ embeddings: '[model+hash]' });
  await old.table('events').add({ uid: 'a'.repeat(32), time: 1, origin: 'https://app.aave.com', chainId: 1, method: 'eth_requestAccounts', params: [], outcome: { status: 'ok' }, source: 'page' });
  old.close();
}

describe('the v3 upgrade', () => {
  it('decodes and attributes existing events when the background upgrades', async () => {
    const name = 'upgrade-' + Math.random();
    await databaseAtVersion2(name);
    const db = openDb(name, { enrich });
    expect(await db.events.toArray()).toEqual([expect.objectContaining({ dappId: 'aave', via: 'origin', action: { kind: 'connect' } })]);
    await db.delete();
  });

  it('leaves a note when a page upgrades, and the background finishes the job', async () => {
    const name = 'upgrade-' + Math.random();
    await databaseAtVersion2(name);
    const page = openDb(name);
    expect((await page.events.toArray())[0]?.action).toBeUndefined();
    page.close();
    const background = openDb(name, { enrich });
    expect(await enrichMissing(background, enrich)).toBe(1);
    expect((await background.events.toArray())[0]).toMatchObject({ dappId: 'aave', action: { kind: 'connect' } });
    expect(await enrichMissing(background, enrich)).toBe(0);
    await background.delete();
  });
});
