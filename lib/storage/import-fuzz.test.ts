import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readExplorerCsv } from '../activity/read-explorer-csv';
import { dappSchema } from '../catalog/dapp-schema';
import { hasBidiControls } from '../catalog/import/impersonation';
import { defaultLookup } from '../catalog/default-lookup';
import { acceptCatalogEntries, importDefiLlama } from './catalog-imports';
import { importActivity, importActivityBatch } from './import-activity';
import { openDb } from './schema';

// Bounded here (npm test); `npm run fuzz` sets SEXTANT_FUZZ_RUNS to thousands.
const RUNS = Number(process.env.SEXTANT_FUZZ_RUNS ?? 60);
const db = openDb('fuzz-' + Math.random());
afterAll(() => db.delete());

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toJSON', 'time', 'origin', 'chainId', 'method', 'params', 'outcome');
const hostileValue = fc.oneof(
  fc.constantFrom(Number.NaN, Infinity, -0, 8.7e15, -1, 2 ** 53, '0x', '0xzz', '+011476-01-01T00:00:00Z', '2026-09-14T10:21:00Z', 'https://app.uniswap.org', 'javascript:alert(1)', '\u202Eswap', null),
  fc.string(),
  fc.integer(),
);
const deep = fc.integer({ min: 60, max: 4000 }).map((n) => {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = { x: v };
  return v;
});
const value = fc.oneof({ depthSize: 'small' }, fc.anything({ withObjectString: true, withNullPrototype: true, key: fc.oneof(fc.string(), hostileKey) }), hostileValue, deep);
const fileEvent = fc.dictionary(hostileKey, value, { maxKeys: 8 });
const goodEvent = fc.record({
  time: fc.date({ min: new Date(0), max: new Date(Date.UTC(9999, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString()),
  origin: fc.constantFrom(null, 'https://app.uniswap.org', 'https://app.aave.com'),
  chainId: fc.constantFrom(null, 1, 10, 8453, Number.MAX_SAFE_INTEGER),
  method: fc.constantFrom('eth_sendTransaction', 'personal_sign', 'eth_requestAccounts'),
  params: fc.array(value, { maxLength: 3 }),
});

const snapshot = async () => JSON.stringify([await db.events.toArray(), await db.settings.toArray(), await db.catalogImports.toArray()]);

describe('fuzz: activity and catalog imports', () => {
  it('fuzz: a batch of anything never throws, stores only well-formed events, and a refused batch changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fileEvent, goodEvent), { maxLength: 6 }), fc.option(fc.dictionary(hostileKey, value)), async (events, userData) => {
        const before = await snapshot();
        const result = await importActivityBatch(db, { offset: 0, events, ...(userData ? { userData } : {}) }, defaultLookup());
        if (!result.ok) expect(await snapshot()).toBe(before);
        for (const e of await db.events.toArray()) {
          expect(Number.isFinite(e.time) && new Date(e.time).toISOString().length === 24).toBe(true);
          expect(e.method).toMatch(/^[A-Za-z0-9_]{1,64}$/);
          expect(Array.isArray(e.params)).toBe(true);
          expect(Object.getPrototypeOf(e)).toBe(Object.prototype);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('fuzz: importing the same valid batch twice adds nothing the second time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(goodEvent, { minLength: 1, maxLength: 5 }), async (events) => {
        const batch = { offset: 0, events: events.map((e) => ({ ...e, params: [] })) };
        const first = await importActivityBatch(db, batch, defaultLookup());
        expect(first.ok).toBe(true);
        expect(await importActivityBatch(db, batch, defaultLookup())).toMatchObject({ ok: true, added: 0 });
      }),
      { numRuns: RUNS },
    );
  });

  it('fuzz: whole files of any text never throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json(), value.map((v) => JSON.stringify({ format: 'sextant.activity.v2', events: [v], userData: v }) ?? '')), async (text) => {
        const before = await snapshot();
        const result = await importActivity(db, text, defaultLookup());
        if (!result.ok) expect(await snapshot()).toBe(before);
      }),
      { numRuns: RUNS },
    );
  });

  it('fuzz: explorer CSVs of any content never throw and give only events with a hash', () => {
    const header = '"Txhash","Blockno","UnixTimestamp","DateTime (UTC)","From","To","ContractAddress","Value_IN(ETH)","Value_OUT(ETH)","Status","ErrCode","Method"';
    const cell = fc.oneof(fc.string(), fc.constantFrom('0x5e1b4cd1a2b5c8d47f9e6f3b2a1c0d9e8f7a6b5c', '0x' + 'ab'.repeat(32), '1e400', '-5', '"', '\n', 'Supply', '0x38ed1739'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 12, maxLength: 12 }), { maxLength: 8 }), fc.option(fc.integer()), (rows, chainId) => {
        const text = [header, ...rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(','))].join('\n');
        const read = readExplorerCsv(text, { fileName: 'export-0x5e1b4cd1a2b5c8d47f9e6f3b2a1c0d9e8f7a6b5c.csv', ...(chainId === null ? {} : { chainId }) });
        if (read.ok) for (const e of read.events) expect(e.outcome).toMatchObject({ status: 'ok', txHash: expect.stringMatching(/^0x[0-9a-f]{64}$/) });
      }),
      { numRuns: RUNS },
    );
  });

  it('fuzz: catalog entries of any shape never throw; what is stored is valid and free of direction controls', async () => {
    const entry = fc.record({ id: fc.oneof(fc.constantFrom('uniswap', 'evil-swap', '__proto__'), fc.string()), name: fc.oneof(fc.constantFrom('Uniswap', 'Uniswap Airdrop', 'Evil\u202Epaws', 'Fine Protocol'), fc.string()), origins: fc.array(fc.oneof(fc.constantFrom('https://uniswap-claim.example', 'https://fine.example'), fc.string()), { maxLength: 2 }), description: fc.string({ minLength: 30, maxLength: 60 }), category: fc.constantFrom('dex', 'lending', 'nope'), chains: fc.array(fc.constantFrom(1, 10, 999999), { minLength: 1, maxLength: 2 }), popularity: fc.integer({ min: 0, max: 6 }) }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(entry, value), { maxLength: 5 }), async (entries) => {
        const accepted = await acceptCatalogEntries(db, entries);
        await db.catalogImports.bulkPut(accepted.entries);
        for (const d of await db.catalogImports.toArray()) {
          expect(dappSchema.safeParse(d).success).toBe(true);
          expect(hasBidiControls(d)).toBe(false);
        }
      }),
      { numRuns: RUNS },
    );
    await expect(importDefiLlama(db, '[' + '['.repeat(5000) + ']'.repeat(5000) + ']')).resolves.toMatchObject({ added: [] });
  });
});
