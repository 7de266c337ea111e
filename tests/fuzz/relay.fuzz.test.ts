import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { isEventTime } from '../../lib/activity/event-time';
import { withinDepth } from '../../lib/activity/json-depth';
import { MAX_OBSERVATION_CHARS, observationSchema } from '../../lib/activity/observation-schema';
import { parseObservation } from '../../lib/activity/parse-observation';
import { createRelayQueue } from '../../lib/activity/relay-queue';
import { sanitizeParams } from '../../lib/observer/sanitize-params';
import { RECORDED_METHODS } from '../../lib/activity/methods';
import type { ObservationBatch } from '../../lib/messaging/protocol';
import { FUZZ_RUNS } from './fuzz-runs';
import { hostileValue, observationLike } from './hostile-values';

const SEEN = Date.UTC(2026, 8, 14);
const safeStringify = (v: unknown) => {
  try {
    return JSON.stringify(v);
  } catch {
    // Cyclic or BigInt values: a page cannot send those as a string at all, so they arrive as junk text.
    return String(typeof v);
  }
};

describe('page channel fuzzing', () => {
  it('parseObservation never throws and only ever returns an observation the background accepts', () => {
    fc.assert(
      fc.property(fc.oneof(observationLike.map(safeStringify), hostileValue), (detail) => {
        const parsed = parseObservation(detail, SEEN);
        if (!parsed.ok) return;
        expect(observationSchema.safeParse(parsed.observation).success).toBe(true);
        if (parsed.observation.type === 'request') {
          expect(parsed.observation.time).toBe(SEEN);
          if (parsed.observation.pageTime !== undefined) expect(isEventTime(parsed.observation.pageTime)).toBe(true);
          expect(withinDepth(parsed.observation.params, 8)).toBe(true);
        }
        expect((detail as string).length).toBeLessThanOrEqual(MAX_OBSERVATION_CHARS);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('sanitizeParams never throws and keeps its output small, shallow and plain JSON', () => {
    fc.assert(
      fc.property(fc.constantFrom(...RECORDED_METHODS), fc.oneof(fc.array(hostileValue, { maxLength: 4 }), hostileValue), (method, params) => {
        const kept = sanitizeParams(method, params);
        const text = JSON.stringify(kept);
        expect(JSON.parse(text)).toEqual(kept);
        expect(withinDepth(kept, 8)).toBe(true);
        // Calldata is the largest kept field, capped in total so the observation fits the relay's size cap.
        expect(text.length).toBeLessThan(MAX_OBSERVATION_CHARS - 1000);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('the relay queue never throws, sends only valid batches, and holds a bounded number of observations', async () => {
    vi.useFakeTimers();
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.oneof(observationLike.map(safeStringify), hostileValue), { maxLength: 60 }), async (details) => {
          const sent: ObservationBatch[] = [];
          const queue = createRelayQueue('https://app.example', async (b) => void sent.push(b));
          for (const d of details) queue.offer(d);
          await vi.advanceTimersByTimeAsync(1_000);
          const observations = sent.flatMap((b) => b.observations);
          for (const o of observations) expect(observationSchema.safeParse(o).success).toBe(true);
          // Drops are the relay's running totals: the last batch carries them all.
          const dropped = Object.values(sent.at(-1)?.drops ?? {}).reduce((a, c) => a + (c ?? 0), 0);
          expect(observations.length + dropped).toBe(details.length);
        }),
        { numRuns: Math.max(20, Math.floor(FUZZ_RUNS / 4)) },
      );
    } finally {
      vi.useRealTimers();
    }
  });
});
