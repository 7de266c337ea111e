import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseObservation } from './parse-observation';

// When the relay saw it: the time a request is dated with.
const SEEN = 1_757_845_300_000;
const parse = (detail: unknown) => parseObservation(detail, SEEN);

const UID = '0123456789abcdef0123456789abcdef';
const request = { type: 'request', uid: UID, time: 1_757_845_260_000, method: 'eth_sendTransaction', params: [{ to: '0x00' }], chainId: 1 };
const dated = { ...request, time: SEEN, pageTime: request.time };
const outcome = { type: 'outcome', uid: UID, outcome: { status: 'ok', txHash: '0x' + 'a'.repeat(64) } };

afterEach(() => vi.restoreAllMocks());

describe('parseObservation', () => {
  it('accepts a valid request observation, dated when the relay saw it, keeping the page’s date as pageTime', () => {
    expect(parse(JSON.stringify(request))).toEqual({ ok: true, observation: dated });
  });

  it('keeps a request whose page date is not a date, without that date', () => {
    const { pageTime: _, ...undated } = dated;
    for (const time of [8.7e15, -1, 1.5, '2026-01-01', null]) {
      expect(parse(JSON.stringify({ ...request, time })), String(time)).toEqual({ ok: true, observation: undated });
    }
  });

  it('accepts a valid outcome observation', () => {
    expect(parse(JSON.stringify(outcome))).toEqual({ ok: true, observation: outcome });
    const rejected = { type: 'outcome', uid: UID, outcome: { status: 'error', code: 4001 } };
    expect(parse(JSON.stringify(rejected))).toEqual({ ok: true, observation: rejected });
  });

  it('rejects a detail that is not a string as invalid-shape', () => {
    for (const detail of [request, null, undefined, 42, [JSON.stringify(request)]]) {
      expect(parse(detail)).toEqual({ ok: false, reason: 'invalid-shape' });
    }
  });

  it('rejects a 5 MB string as too-large without parsing it', () => {
    const jsonParse = vi.spyOn(JSON, 'parse');
    const huge = JSON.stringify({ ...request, params: ['x'.repeat(5 * 1024 * 1024)] });
    expect(parse(huge)).toEqual({ ok: false, reason: 'too-large' });
    expect(jsonParse).not.toHaveBeenCalled();
  });

  it('draws the size line just above 200,000 characters', () => {
    const padded = (n: number) => {
      const base = JSON.stringify({ ...request, params: [''] });
      return JSON.stringify({ ...request, params: ['x'.repeat(n - base.length)] });
    };
    expect(padded(200_000)).toHaveLength(200_000);
    expect(parse(padded(200_000)).ok).toBe(true);
    expect(parse(padded(200_001))).toEqual({ ok: false, reason: 'too-large' });
  });

  it('rejects malformed JSON as malformed-json', () => {
    for (const detail of ['', '{', '{"type":"request",}', "{'type':'request'}", 'undefined']) {
      expect(parse(detail)).toEqual({ ok: false, reason: 'malformed-json' });
    }
  });

  it('rejects well-formed JSON of the wrong shape as invalid-shape', () => {
    const wrong: unknown[] = [
      null,
      [],
      'request',
      { ...request, type: 'other' },
      { ...request, method: 'eth_call' },
      { ...request, uid: 'not-a-uid' },
      { ...request, uid: UID.toUpperCase() },
      { ...request, chainId: '0x1' },
      { ...request, chainId: 0 },
      { ...request, params: [1, 2, 3, 4, 5] },
      { ...request, params: 'x' },
      { type: 'outcome', uid: UID, outcome: { status: 'ok', txHash: '0x12' } },
      { type: 'outcome', uid: UID, outcome: { status: 'done' } },
      { type: 'outcome', uid: UID },
    ];
    for (const json of wrong) {
      expect(parse(JSON.stringify(json)), JSON.stringify(json)).toEqual({ ok: false, reason: 'invalid-shape' });
    }
  });

  it('reads the observer’s own drop counts as drops with their count, and refuses other reasons or counts', () => {
    expect(parse(JSON.stringify({ type: 'dropped', reason: 'rate-limited', count: 9_900 }))).toEqual({ ok: false, reason: 'rate-limited', count: 9_900 });
    expect(parse(JSON.stringify({ type: 'dropped', reason: 'unwatchable-wallet', count: 1 }))).toEqual({ ok: false, reason: 'unwatchable-wallet', count: 1 });
    for (const wrong of [{ reason: 'paused', count: 1 }, { reason: 'rate-limited', count: 0 }, { reason: 'rate-limited', count: 1.5 }, { reason: 'rate-limited', count: 2e6 }, { reason: 'rate-limited' }]) {
      expect(parse(JSON.stringify({ type: 'dropped', ...wrong })), JSON.stringify(wrong)).toEqual({ ok: false, reason: 'invalid-shape' });
    }
  });

  it('keeps only the known fields of a request', () => {
    const parsed = parse(JSON.stringify({ ...request, origin: 'https://forged.example', extra: 1 }));
    expect(parsed).toEqual({ ok: true, observation: dated });
  });
});
