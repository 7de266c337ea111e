import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseObservation } from './parse-observation';

const UID = '0123456789abcdef0123456789abcdef';
const request = { type: 'request', uid: UID, time: 1_757_845_260_000, method: 'eth_sendTransaction', params: [{ to: '0x00' }], chainId: 1 };
const outcome = { type: 'outcome', uid: UID, outcome: { status: 'ok', txHash: '0x' + 'a'.repeat(64) } };

afterEach(() => vi.restoreAllMocks());

describe('parseObservation', () => {
  it('accepts a valid request observation', () => {
    expect(parseObservation(JSON.stringify(request))).toEqual({ ok: true, observation: request });
  });

  it('accepts a valid outcome observation', () => {
    expect(parseObservation(JSON.stringify(outcome))).toEqual({ ok: true, observation: outcome });
    const rejected = { type: 'outcome', uid: UID, outcome: { status: 'error', code: 4001 } };
    expect(parseObservation(JSON.stringify(rejected))).toEqual({ ok: true, observation: rejected });
  });

  it('rejects a detail that is not a string as invalid-shape', () => {
    for (const detail of [request, null, undefined, 42, [JSON.stringify(request)]]) {
      expect(parseObservation(detail)).toEqual({ ok: false, reason: 'invalid-shape' });
    }
  });

  it('rejects a 5 MB string as too-large without parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const huge = JSON.stringify({ ...request, params: ['x'.repeat(5 * 1024 * 1024)] });
    expect(parseObservation(huge)).toEqual({ ok: false, reason: 'too-large' });
    expect(parse).not.toHaveBeenCalled();
  });

  it('draws the size line just above 200,000 characters', () => {
    const padded = (n: number) => {
      const base = JSON.stringify({ ...request, params: [''] });
      return JSON.stringify({ ...request, params: ['x'.repeat(n - base.length)] });
    };
    expect(padded(200_000)).toHaveLength(200_000);
    expect(parseObservation(padded(200_000)).ok).toBe(true);
    expect(parseObservation(padded(200_001))).toEqual({ ok: false, reason: 'too-large' });
  });

  it('rejects malformed JSON as malformed-json', () => {
    for (const detail of ['', '{', '{"type":"request",}', "{'type':'request'}", 'undefined']) {
      expect(parseObservation(detail)).toEqual({ ok: false, reason: 'malformed-json' });
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
      { ...request, time: -1 },
      { ...request, time: 1.5 },
      { ...request, chainId: '0x1' },
      { ...request, chainId: 0 },
      { ...request, params: [1, 2, 3, 4, 5] },
      { ...request, params: 'x' },
      { type: 'outcome', uid: UID, outcome: { status: 'ok', txHash: '0x12' } },
      { type: 'outcome', uid: UID, outcome: { status: 'done' } },
      { type: 'outcome', uid: UID },
    ];
    for (const json of wrong) {
      expect(parseObservation(JSON.stringify(json)), JSON.stringify(json)).toEqual({ ok: false, reason: 'invalid-shape' });
    }
  });

  it('keeps only the known fields of a request', () => {
    const parsed = parseObservation(JSON.stringify({ ...request, origin: 'https://forged.example', extra: 1 }));
    expect(parsed).toEqual({ ok: true, observation: request });
  });
});
