import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { enrichEvent } from '../attribution/enrich-event';
import { defaultLookup } from '../catalog/default-lookup';
import { bundledCatalog } from '../catalog/bundled-catalog';
import { openDb, type StoredEvent } from './schema';

// The stores of each released version exactly as schema.ts declares them, so a database can be
// written as that version wrote it.
const DECLARED: Record<string, string>[] = [
  { events: '++id, &uid, time, origin, method', drops: 'reason', settings: 'key' },
  { embeddings: '[model+hash]' },
  { events: '++id, &uid, time, origin, method, dappId' },
  { catalogImports: 'id' },
  { events: '++id, &uid, time, origin, method, dappId, key, outcome.txHash' },
];

const ROUTER = '0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad';
const event = (uid: string, source: 'page' | 'import', time = Date.UTC(2026, 0, 1)): StoredEvent => ({
  uid,
  time,
  origin: 'https://app.uniswap.org',
  chainId: 1,
  method: 'eth_sendTransaction',
  params: [{ to: ROUTER, data: '0x3593564c' }],
  outcome: { status: 'ok', txHash: '0x' + uid.padStart(64, '0') },
  source,
});

/** Writes a database the way version `v` did, with rows in every table it had. */
async function writeAtVersion(name: string, v: number): Promise<void> {
  const old = new Dexie(name);
  DECLARED.slice(0, v).forEach((stores, i) => old.version(i + 1).stores(stores));
  await old.open();
  // The same captured event twice (two real identical requests) and an imported copy of it, as importing a file twice made before v5.
  await old.table('events').bulkAdd([event('a1', 'page'), event('a2', 'page'), event('b1', 'import'), event('c1', 'import', Date.UTC(2026, 0, 2))]);
  await old.table('drops').put({ reason: 'rate-limited', count: 7 });
  await old.table('settings').bulkPut([
    { key: 'feedback', value: { liked: ['aave'], notInterested: [], alreadyUse: [], hiddenCategories: [] } },
    { key: 'half-life-days', value: 30 },
    { key: 'pause', value: { global: false, origins: ['https://app.uniswap.org'] } },
  ]);
  if (v >= 2) await old.table('embeddings').put({ model: 'm', hash: 'h', vector: new Float32Array([1, 2]) });
  if (v >= 4) await old.table('catalogImports').put({ ...bundledCatalog().dapps[0]!, id: 'imported-one' });
  old.close();
}

describe('schema upgrades', () => {
  for (const v of [1, 2, 3, 4]) {
    it(`opens a database written by version ${v} and keeps every row`, async () => {
      const name = `migrate-${v}-${Math.random()}`;
      await writeAtVersion(name, v);
      const db = openDb(name, { enrich: (e) => enrichEvent(defaultLookup(), e) });
      try {
        await db.open();
        expect(db.verno).toBe(6);
        const events = await db.events.orderBy('id').toArray();
        // The imported copy b1 repeats a1's identity and goes; the two captured twins and c1 stay.
        expect(events.map((e) => e.uid)).toEqual(['a1', 'a2', 'c1']);
        expect(events.every((e) => /^[0-9a-f]{64}$/.test(e.key ?? ''))).toBe(true);
        expect(events[0]!.key).toBe(events[1]!.key);
        expect(await db.events.where('outcome.txHash').equals('0x' + 'c1'.padStart(64, '0')).count()).toBe(1);
        if (v < 3) expect(events[0]).toMatchObject({ dappId: 'uniswap', action: { kind: 'swap' } });
        expect(await db.drops.get('rate-limited')).toEqual({ reason: 'rate-limited', count: 7 });
        expect((await db.settings.get('half-life-days'))?.value).toBe(30);
        expect((await db.settings.get('pause'))?.value).toEqual({ global: false, origins: ['https://app.uniswap.org'] });
        expect((await db.settings.get('feedback'))?.value).toMatchObject({ liked: ['aave'] });
        expect(await db.embeddings.count()).toBe(v >= 2 ? 1 : 0);
        expect(await db.catalogImports.count()).toBe(v >= 4 ? 1 : 0);
      } finally {
        await db.delete();
      }
    });
  }

  it('opens a database written by version 5 and keeps every row', async () => {
    const name = `migrate-5-${Math.random()}`;
    await writeAtVersion(name, 5);
    const db = openDb(name);
    try {
      await db.open();
      expect(db.verno).toBe(6);
      expect((await db.events.orderBy('id').toArray()).map((e) => e.uid)).toEqual(['a1', 'a2', 'b1', 'c1']);
      expect(await db.drops.get('rate-limited')).toEqual({ reason: 'rate-limited', count: 7 });
      expect(await db.settings.count()).toBe(3);
      expect(await db.embeddings.count()).toBe(1);
      expect(await db.catalogImports.count()).toBe(1);
      expect(await db.relayDrops.count()).toBe(0);
    } finally {
      await db.delete();
    }
  });
});
