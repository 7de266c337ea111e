import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEventTime } from '../../lib/activity/event-time';
import { withinDepth } from '../../lib/activity/json-depth';
import { TokenBuckets } from '../../lib/activity/token-bucket';
import { writeActivityFile } from '../../lib/activity/write-activity-file';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { ingestObservations } from '../../lib/storage/ingest-observations';
import { openDb, type SextantDb } from '../../lib/storage/schema';
import { createStorageBudget } from '../../lib/storage/storage-budget';
import { FUZZ_RUNS } from './fuzz-runs';
import { hostileValue, observationLike } from './hostile-values';

const APP = 'https://app.uniswap.org';
const NOW = Date.UTC(2026, 8, 14);
const REAL = {
  type: 'request',
  uid: 'f'.repeat(32),
  time: NOW - 1_000,
  method: 'eth_sendTransaction',
  params: [{ to: '0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad', data: '0x3593564c' }],
  chainId: 1,
};

let db: SextantDb;
beforeAll(() => void (db = openDb('fuzz-ingest-' + Math.random())));
afterAll(async () => await db.delete());

describe('background capture handler fuzzing', () => {
  it('never throws, stores only well-formed events, and never changes what was stored before', async () => {
    const limits = { requests: new TokenBuckets(1e9, 0, () => NOW), outcomes: new TokenBuckets(1e9, 0, () => NOW) };
    const ctx = { limits, lookup: defaultLookup(), now: () => NOW, budget: createStorageBudget(db) };
    await ingestObservations(db, { origin: APP, observations: [REAL, { type: 'outcome', uid: REAL.uid, outcome: { status: 'ok' } }], drops: {} }, APP, ctx);
    const before = await db.events.get({ uid: REAL.uid });
    expect(before?.outcome).toEqual({ status: 'ok' });

    const batch = fc.oneof(
      fc.record({ origin: fc.oneof(fc.constant(APP), hostileValue), observations: fc.oneof(fc.array(observationLike, { maxLength: 20 }), hostileValue), drops: fc.oneof(fc.constant({}), hostileValue) }, { requiredKeys: [] }),
      hostileValue,
    );
    await fc.assert(
      fc.asyncProperty(batch, fc.oneof(fc.constant(APP), fc.constant(null), fc.string()), async (input, sender) => {
        await expect(ingestObservations(db, input, sender, ctx)).resolves.toBeDefined();
      }),
      { numRuns: FUZZ_RUNS },
    );

    expect(await db.events.get({ uid: REAL.uid })).toEqual(before);
    const all = await db.events.toArray();
    for (const e of all) {
      expect(isEventTime(e.time)).toBe(true);
      expect(e.time).toBeLessThanOrEqual(NOW);
      expect(e.origin).toBe(APP);
      expect(withinDepth(e.params, 8)).toBe(true);
      if (e.pageTime !== undefined) expect(isEventTime(e.pageTime)).toBe(true);
    }
    // Whatever got in can always be exported.
    expect(() => writeActivityFile(all)).not.toThrow();
  });
});
