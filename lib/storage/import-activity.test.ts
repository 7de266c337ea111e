import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportActivity } from './export-activity';
import { enrichEvent } from '../attribution/enrich-event';
import { defaultLookup } from '../catalog/default-lookup';
import { importActivity } from './import-activity';
import { openDb, type SextantDb, type StoredEvent } from './schema';

const ROUTER = '0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad';
const TX_HASH = '0x' + 'cd'.repeat(32);

const good = [
  {
    time: '2026-09-14T10:21:00Z',
    origin: 'https://app.uniswap.org',
    chainId: 1,
    method: 'eth_sendTransaction',
    params: [{ to: ROUTER, data: '0x3593564c' }],
    outcome: { status: 'ok', txHash: TX_HASH },
  },
  { time: '2026-09-14T10:25:00Z', origin: null, chainId: null, method: 'personal_sign', params: [] },
  { time: '2026-09-15T08:00:00+02:00', origin: 'https://app.aave.com', chainId: 137, method: 'eth_requestAccounts' },
];
const file = (events: unknown[]) => JSON.stringify({ format: 'sextant.activity.v1', events });

const existing: StoredEvent = {
  uid: 'f'.repeat(32),
  time: Date.UTC(2026, 0, 1),
  origin: 'https://app.ens.domains',
  chainId: 1,
  method: 'eth_requestAccounts',
  params: [],
  outcome: { status: 'ok', accounts: [] },
  source: 'page',
};

let db: SextantDb;
beforeEach(async () => {
  db = openDb('test-' + Math.random());
  await db.events.add({ ...existing, ...enrichEvent(defaultLookup(), existing) });
});
afterEach(async () => {
  await db.delete();
});

describe('importActivity', () => {
  it('imports every event of a valid file next to the stored ones', async () => {
    expect(await importActivity(db, file(good), defaultLookup())).toMatchObject({ ok: true, added: 3, duplicates: 0 });
    const rows = await db.events.orderBy('time').toArray();
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).map((e) => [e.method, e.origin, e.chainId, e.source])).toEqual([
      ['eth_sendTransaction', 'https://app.uniswap.org', 1, 'import'],
      ['personal_sign', null, null, 'import'],
      ['eth_requestAccounts', 'https://app.aave.com', 137, 'import'],
    ]);
    expect(rows[1]?.outcome).toEqual({ status: 'ok', txHash: TX_HASH });
    expect(rows[3]?.time).toBe(Date.UTC(2026, 8, 15, 6, 0, 0));
  });

  it('rejects a whole file with one bad event, naming its index, and leaves the database as it was', async () => {
    const before = await db.events.toArray();
    const bad = [...good.slice(0, 2), { ...good[0], chainId: '0x1' }];

    const result = await importActivity(db, file(bad), defaultLookup());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toEqual({ key: 'importInvalidEvents', subs: ['1', '3'] });
    expect(result.rejections).toEqual({ count: 1, first: [{ index: 2, reasons: ['chainId'] }] });

    expect(await db.events.count()).toBe(before.length);
    expect(await db.events.toArray()).toEqual(before);
  });

  it('names the first bad event and counts all of them when several are bad', async () => {
    const result = await importActivity(db, file([good[0], { ...good[1], time: 'noon' }, good[2], { ...good[2], method: 'eth call' }]), defaultLookup());
    expect(result).toMatchObject({ ok: false, problem: { key: 'importInvalidEvents', subs: ['2', '4'] }, rejections: { count: 2, first: [{ index: 1, reasons: ['time'] }, { index: 3, reasons: ['method'] }] } });
    expect(await db.events.count()).toBe(1);
  });

  it('rejects text that is not an activity file and stores nothing', async () => {
    for (const text of ['not json', JSON.stringify({ format: 'other', events: good }), '']) {
      const result = await importActivity(db, text, defaultLookup());
      expect(result).toMatchObject({ ok: false, problem: { key: expect.stringMatching(/^import(NotJson|WrongFormat)$/) } });
    }
    expect(await db.events.count()).toBe(1);
  });

  it('imports an exported database into another one unchanged, apart from uid and source', async () => {
    await importActivity(db, file(good), defaultLookup());
    const { text: exported } = await exportActivity(db);

    const copy = openDb('test-' + Math.random());
    try {
      expect(await importActivity(copy, exported, defaultLookup())).toMatchObject({ ok: true, added: 4 });
      const strip = ({ id: _id, uid: _uid, source: _source, ...rest }: StoredEvent) => rest;
      const original = (await db.events.orderBy('time').toArray()).map(strip);
      expect((await copy.events.orderBy('time').toArray()).map(strip)).toEqual(original);
    } finally {
      await copy.delete();
    }
  });

  it('imports its own export twice without adding anything (45 events stay 45)', async () => {
    await importActivity(db, file(good), defaultLookup());
    const { text } = await exportActivity(db);
    const before = await db.events.count();
    expect(await importActivity(db, text, defaultLookup())).toMatchObject({ ok: true, added: 0, duplicates: before });
    expect(await importActivity(db, text, defaultLookup())).toMatchObject({ ok: true, added: 0, duplicates: before });
    expect(await db.events.count()).toBe(before);
  });

  it('keeps two identical events a page really made, and still adds nothing when their export comes back', async () => {
    const twin = { ...existing, uid: 'e'.repeat(32) };
    await db.events.add({ ...twin, ...enrichEvent(defaultLookup(), twin) });
    const { text } = await exportActivity(db);
    expect(await importActivity(db, text, defaultLookup())).toMatchObject({ ok: true, added: 0, duplicates: 2 });
    await db.events.clear();
    expect(await importActivity(db, text, defaultLookup())).toMatchObject({ ok: true, added: 2 });
  });

  it('knows a transaction by its hash whichever source recorded it', async () => {
    await importActivity(db, file(good), defaultLookup());
    const sameTx = { ...good[0], origin: null, time: '2026-09-14T10:22:13Z', params: [{ to: ROUTER }], outcome: { status: 'ok', txHash: TX_HASH.toUpperCase().replace('0X', '0x') } };
    expect(await importActivity(db, file([sameTx]), defaultLookup())).toMatchObject({ ok: true, added: 0, duplicates: 1 });
  });
});
