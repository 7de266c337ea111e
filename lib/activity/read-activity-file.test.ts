import { describe, expect, it } from 'vitest';
import { MAX_STORED_EVENTS } from './import-limits';
import type { ActivityEvent } from './activity-event';
import { readActivityFile, type ActivityFileResult } from './read-activity-file';
import { writeActivityFile } from './write-activity-file';

const ROUTER = '0x3fc91a3afd70395cd496c647d5a6cc9d4b2b7fad';
const TX_HASH = '0x' + 'ab'.repeat(32);

/** A `sextant.activity.v1` document as a person would write it by hand. */
const EXAMPLE = `{
  "format": "sextant.activity.v1",
  "events": [
    {
      "time": "2026-09-14T10:21:00Z",
      "origin": "https://app.uniswap.org",
      "chainId": 1,
      "method": "eth_sendTransaction",
      "params": [{ "to": "${ROUTER}", "data": "0x3593564c" }],
      "outcome": { "status": "ok", "txHash": "${TX_HASH}" }
    },
    {
      "time": "2026-09-14T10:25:30+02:00",
      "origin": "https://app.aave.com",
      "chainId": 137,
      "method": "eth_signTypedData_v4",
      "params": [{ "primaryType": "Permit", "domain": { "name": "USD Coin", "chainId": 137 } }]
    }
  ]
}`;

function expectOk(result: ActivityFileResult): Extract<ActivityFileResult, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got: ${result.problem.key}`);
  return result;
}

function fileWith(events: unknown[]): string {
  return JSON.stringify({ format: 'sextant.activity.v1', events });
}

const valid = { time: '2026-09-14T10:21:00Z', origin: 'https://app.uniswap.org', chainId: 1, method: 'personal_sign', params: [] };

describe('readActivityFile', () => {
  it('reads the documented example format', () => {
    const { events, rejections: { first: rejected } } = expectOk(readActivityFile(EXAMPLE));
    expect(rejected).toEqual([]);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      time: Date.UTC(2026, 8, 14, 10, 21, 0),
      origin: 'https://app.uniswap.org',
      chainId: 1,
      method: 'eth_sendTransaction',
      params: [{ to: ROUTER, data: '0x3593564c' }],
      outcome: { status: 'ok', txHash: TX_HASH },
      source: 'import',
    });
    expect(events[1]).toMatchObject({ time: Date.UTC(2026, 8, 14, 8, 25, 30), chainId: 137, method: 'eth_signTypedData_v4' });
  });

  it('gives each event a fresh 32-hex uid', () => {
    const { events } = expectOk(readActivityFile(EXAMPLE));
    const [a, b] = events.map((e) => e.uid);
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(b).toMatch(/^[0-9a-f]{32}$/);
    expect(a).not.toBe(b);
  });

  it('defaults a missing or invalid outcome to ok and missing params to []', () => {
    const { events } = expectOk(readActivityFile(fileWith([{ ...valid, params: undefined }, { ...valid, outcome: { status: 'weird' } }])));
    expect(events.map((e) => e.outcome)).toEqual([{ status: 'ok' }, { status: 'ok' }]);
    expect(events[0]?.params).toEqual([]);
  });

  it('ignores unknown fields at the file and event level', () => {
    const text = JSON.stringify({
      format: 'sextant.activity.v1',
      exportedBy: 'someone else',
      events: [{ ...valid, uid: 'forged', source: 'page', note: 'hello' }],
    });
    const { events, rejections: { first: rejected } } = expectOk(readActivityFile(text));
    expect(rejected).toEqual([]);
    expect(events[0]).not.toHaveProperty('note');
    expect(events[0]?.source).toBe('import');
    expect(events[0]?.uid).not.toBe('forged');
  });

  it('accepts a null origin and a null chainId', () => {
    const { events, rejections: { first: rejected } } = expectOk(readActivityFile(fileWith([{ ...valid, origin: null, chainId: null }])));
    expect(rejected).toEqual([]);
    expect(events[0]).toMatchObject({ origin: null, chainId: null });
  });

  it('rejects a hex chainId with a reason that says decimal', () => {
    const { events, rejections: { first: rejected } } = expectOk(readActivityFile(fileWith([{ ...valid, chainId: '0x1' }])));
    expect(events).toEqual([]);
    expect(rejected).toEqual([{ index: 0, reasons: ['chainId'] }]);
  });

  it('rejects times that are not ISO 8601 date-times', () => {
    for (const time of ['yesterday', '2026-09-14', '2026-02-30T10:00:00Z', '2026-09-14 10:21:00', 1757845260000]) {
      const { rejections: { first: rejected } } = expectOk(readActivityFile(fileWith([{ ...valid, time }])));
      expect(rejected, String(time)).toEqual([{ index: 0, reasons: ['time'] }]);
    }
  });

  it('rejects origins that are not bare http(s) origins', () => {
    for (const origin of ['https://app.uniswap.org/', 'https://app.uniswap.org/swap', 'ftp://x.org', 'app.uniswap.org', 'null']) {
      const { rejections: { first: rejected } } = expectOk(readActivityFile(fileWith([{ ...valid, origin }])));
      expect(rejected[0]?.reasons, origin).toEqual(['origin']);
    }
  });

  it('reports every bad event by index with all of its reasons, and keeps the good ones', () => {
    const { events, rejections: { first: rejected } } = expectOk(
      readActivityFile(
        fileWith([
          valid,
          { ...valid, chainId: '0x89', method: 'not a method!' },
          valid,
          null,
          { ...valid, params: 'nope' },
        ]),
      ),
    );
    expect(events).toHaveLength(2);
    expect(rejected.map((r) => r.index)).toEqual([1, 3, 4]);
    expect(rejected[0]?.reasons).toEqual(['chainId', 'method']);
    expect(rejected[1]?.reasons).toEqual(['not-object']);
    expect(rejected[2]?.reasons).toEqual(['params']);
  });

  it('rejects an event larger than 200,000 characters without rejecting the file', () => {
    const { events, rejections: { first: rejected } } = expectOk(readActivityFile(fileWith([{ ...valid, params: ['x'.repeat(200_000)] }, valid])));
    expect(events).toHaveLength(1);
    expect(rejected).toEqual([{ index: 0, reasons: ['too-large'] }]);
  });

  it('gives a file-level error for text that is not JSON', () => {
    const result = readActivityFile('time,origin\n2026-09-14,https://app.uniswap.org');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem.key).toBe('importNotJson');
  });

  it('refuses at once a file holding more events than Sextant ever keeps (so no export of it does)', () => {
    const text = JSON.stringify({ format: 'sextant.activity.v1', events: Array.from({ length: MAX_STORED_EVENTS + 1 }, () => ({})) });
    expect(readActivityFile(text)).toEqual({ ok: false, problem: { key: 'importTooManyEvents', subs: [String(MAX_STORED_EVENTS + 1), String(MAX_STORED_EVENTS)] } });
  });

  it('gives a file-level error for the wrong format or a missing events array', () => {
    expect(readActivityFile(JSON.stringify({ format: 'sextant.activity.v3', events: [] }))).toEqual({ ok: false, problem: { key: 'importWrongFormat', subs: [] } });
    expect(readActivityFile(JSON.stringify({ format: 'sextant.activity.v1', events: {} }))).toEqual({ ok: false, problem: { key: 'importNoEvents', subs: [] } });
    for (const json of ['[]', 'null', '"sextant.activity.v1"', '{}']) {
      expect(readActivityFile(json).ok, json).toBe(false);
    }
  });
});

describe('writeActivityFile → readActivityFile', () => {
  const stored: ActivityEvent[] = [
    {
      uid: 'b'.repeat(32),
      time: Date.UTC(2026, 8, 14, 10, 25, 0, 123),
      origin: 'https://app.aave.com',
      chainId: 137,
      method: 'eth_signTypedData_v4',
      params: [{ primaryType: 'Permit', domain: { name: 'USD Coin', chainId: 137 } }],
      outcome: { status: 'error', code: 4001 },
      source: 'page',
    },
    {
      uid: 'a'.repeat(32),
      time: Date.UTC(2026, 8, 14, 10, 21, 0),
      origin: 'https://app.uniswap.org',
      chainId: 1,
      method: 'eth_sendTransaction',
      params: [{ from: '0x1111111111111111111111111111111111111111', to: ROUTER, data: '0x3593564c', value: '0x0' }],
      outcome: { status: 'ok', txHash: TX_HASH },
      source: 'page',
    },
    {
      uid: 'c'.repeat(32),
      time: Date.UTC(2026, 8, 15, 0, 0, 0),
      origin: null,
      chainId: null,
      method: 'eth_requestAccounts',
      params: [],
      outcome: { status: 'ok', accounts: ['0x1111111111111111111111111111111111111111'] },
      source: 'import',
    },
  ];

  it('writes a file that reads back to the same events, oldest first', () => {
    const { text } = writeActivityFile(stored);
    expect(JSON.parse(text).format).toBe('sextant.activity.v2');
    const { events, rejections: { first: rejected } } = expectOk(readActivityFile(text));
    expect(rejected).toEqual([]);
    const strip = ({ uid: _uid, source: _source, ...rest }: ActivityEvent) => rest;
    const oldestFirst = [...stored].sort((a, b) => a.time - b.time);
    expect(events.map(strip)).toEqual(oldestFirst.map(strip));
    expect(events.every((e) => e.source === 'import')).toBe(true);
  });

  it('does not export uids or the source field', () => {
    const { text } = writeActivityFile(stored);
    expect(text).not.toContain('a'.repeat(32));
    expect(JSON.parse(text).events[0]).not.toHaveProperty('source');
  });

  it('leaves out and counts a row stored with an impossible time (before times were the extension’s), and the file reads back', () => {
    const bad = [8.7e15, -8.7e15, Number.NaN, Date.UTC(10_000, 0, 1)].map((time, i) => ({ ...stored[1]!, uid: String(i).repeat(32), time }));
    const written = writeActivityFile([...stored, ...bad]);
    expect(written.unwritable).toBe(bad.length);
    const { events, rejections } = expectOk(readActivityFile(written.text));
    expect(rejections.count).toBe(0);
    expect(events).toHaveLength(stored.length);
  });
});

describe('activity file limits', () => {
  it('refuses an event nested 3,000 deep with its own reason instead of failing later in storage', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 3000; i++) deep = [deep];
    const { events, rejections } = expectOk(readActivityFile(fileWith([{ ...valid, params: [deep] }, valid])));
    expect(events).toHaveLength(1);
    expect(rejections).toEqual({ count: 1, first: [{ index: 0, reasons: ['too-deep'] }] });
  });

  it('counts every refused event but names only the first 20, so a million bad events make a small report', () => {
    const { rejections } = expectOk(readActivityFile(JSON.stringify({ format: 'sextant.activity.v1', events: Array.from({ length: 100_000 }, () => ({})) })));
    expect(rejections.count).toBe(100_000);
    expect(rejections.first).toHaveLength(20);
    expect(rejections.first[19]).toEqual({ index: 19, reasons: ['time', 'origin', 'chainId', 'method'] });
  });

  it('refuses dates that no export could write back (beyond year 9999)', () => {
    const { rejections } = expectOk(readActivityFile(fileWith([{ ...valid, time: '+011476-01-01T00:00:00Z' }, { ...valid, time: '9999-12-31T23:59:59Z' }])));
    expect(rejections.first).toEqual([{ index: 0, reasons: ['time'] }]);
  });

  it('reads the user data of a v2 file and refuses a damaged one as a whole', () => {
    const userData = { feedback: { liked: ['aave'], notInterested: [], alreadyUse: [], hiddenCategories: ['gaming'] }, halfLifeDays: 30 };
    const read = expectOk(readActivityFile(JSON.stringify({ format: 'sextant.activity.v2', userData, events: [valid] })));
    expect(read.userData).toEqual(userData);
    const damaged = readActivityFile(JSON.stringify({ format: 'sextant.activity.v2', userData: { halfLifeDays: -4 }, events: [valid] }));
    expect(damaged).toEqual({ ok: false, problem: { key: 'importBadUserData', subs: ['halfLifeDays'] } });
  });

  it('leaves out and counts stored events whose time no date-time can express, instead of failing the export', () => {
    const good = { uid: 'u', time: Date.UTC(2026, 0, 1), origin: null, chainId: null, method: 'personal_sign', params: [], outcome: { status: 'ok' as const }, source: 'page' as const };
    const written = writeActivityFile([good, { ...good, time: 8.7e15 }, { ...good, time: Number.NaN }]);
    expect(written).toMatchObject({ events: 1, unwritable: 2 });
    expect(expectOk(readActivityFile(written.text)).events).toHaveLength(1);
  });
});
