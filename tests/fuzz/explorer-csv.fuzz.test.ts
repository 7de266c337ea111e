import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { isEventTime } from '../../lib/activity/event-time';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { importExplorerCsv } from '../../lib/storage/import-explorer-csv';
import { openDb } from '../../lib/storage/schema';
import { FUZZ_RUNS } from './fuzz-runs';

const db = openDb('fuzz-csv-' + Math.random());
afterAll(() => db.delete());
const lookup = defaultLookup();

const ME = '0x5e1b4cd1a2b5c8d47f9e6f3b2a1c0d9e8f7a6b5c';
const ROUTER = '0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad';
const HEADER = ['Txhash', 'Blockno', 'UnixTimestamp', 'DateTime (UTC)', 'From', 'To', 'ContractAddress', 'Value_IN(ETH)', 'Value_OUT(ETH)', 'Status', 'ErrCode', 'Method'];
const odd = fc.constantFrom('', '"', '""', '\n', '\r\n', ',', '\uFEFF', '0x', '0xzz', '1e400', '-5', '8.7e15', '99999999999999', 'NaN', '+011476-01-01 00:00:00', '__proto__', '=cmd|calc');
/** A row that would import, or one with any cell made hostile. */
const row = fc.record({
  hash: fc.oneof(fc.stringMatching(/^0x[0-9a-f]{64}$/), odd, fc.string()),
  time: fc.oneof(fc.integer({ min: 1_500_000_000, max: 1_800_000_000 }).map(String), odd, fc.string()),
  from: fc.oneof(fc.constant(ME), odd),
  to: fc.oneof(fc.constant(ROUTER), odd, fc.string()),
  method: fc.oneof(fc.constantFrom('Execute', 'Supply', '0x3593564c'), odd, fc.string()),
  huge: fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 200_000 }).map((n) => 'x'.repeat(n))),
});
const line = (cells: string[]) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',');
const csv = fc.record({
  bom: fc.boolean(),
  header: fc.oneof({ weight: 4, arbitrary: fc.constant(HEADER) }, fc.shuffledSubarray(HEADER), fc.array(fc.string(), { maxLength: 14 })),
  rows: fc.array(row, { maxLength: 6 }),
  extra: fc.array(fc.string(), { maxLength: 3 }),
});
const text = csv.map(({ bom, header, rows, extra }) =>
  (bom ? '\uFEFF' : '') +
  [line(header), ...rows.map((r) => line([r.hash, '1', r.time, '2026-01-01 00:00:00', r.from, r.to, '', '0', r.huge || '0', '', '', r.method, ...extra]))].join('\n'),
);
const request = fc.record({ text, fileName: fc.oneof(fc.constant(`export-${ME}.csv`), fc.string()), chainId: fc.option(fc.oneof(fc.constantFrom(1, 10, 8453), fc.integer()), { nil: undefined }) }, { requiredKeys: ['text'] });

const stored = async () => JSON.stringify(await db.events.orderBy('id').toArray());

describe('explorer CSV import fuzzing', () => {
  it('hostile CSV text never throws, a refused file stores nothing, what is stored is well formed, and importing it again adds nothing', async () => {
    // A readable file imports once, then adds nothing; the generated ones are judged the same way.
    const good = { text: [line(HEADER), line(['0x' + 'ab'.repeat(32), '1', '1757845260', '2025-09-14 10:21:00', ME, ROUTER, '', '0', '0', '', '', 'Execute'])].join('\n'), fileName: `export-${ME}.csv`, chainId: 1 };
    expect(await importExplorerCsv(db, good, lookup)).toMatchObject({ ok: true, added: 1 });
    expect(await importExplorerCsv(db, good, lookup)).toMatchObject({ ok: true, added: 0 });
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        const before = await stored();
        const result = await importExplorerCsv(db, input, lookup);
        if (!result.ok) return void expect(await stored()).toBe(before);
        expect(await importExplorerCsv(db, input, lookup)).toMatchObject({ ok: true, added: 0 });
        for (const e of await db.events.toArray()) {
          expect(isEventTime(e.time)).toBe(true);
          expect(e.outcome).toMatchObject({ status: 'ok', txHash: expect.stringMatching(/^0x[0-9a-f]{64}$/) });
          expect(e.chainId === null || (Number.isSafeInteger(e.chainId) && e.chainId > 0), String(e.chainId)).toBe(true);
        }
      }),
      { numRuns: Math.ceil(FUZZ_RUNS / 2) },
    );
  });
});
