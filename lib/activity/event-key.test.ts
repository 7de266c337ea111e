import { describe, expect, it } from 'vitest';
import { eventKey } from './event-key';

const base = { origin: 'https://app.uniswap.org', time: Date.UTC(2026, 8, 14), method: 'eth_sendTransaction', params: [{ to: '0x1', data: '0x' }] };

describe('eventKey', () => {
  it('is the same for the same event, however it was copied', () => {
    expect(eventKey(structuredClone(base))).toBe(eventKey(JSON.parse(JSON.stringify(base)) as typeof base));
    expect(eventKey(base)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with each field that identifies an event', () => {
    const keys = new Set([
      eventKey(base),
      eventKey({ ...base, origin: null }),
      eventKey({ ...base, time: base.time + 1 }),
      eventKey({ ...base, method: 'personal_sign' }),
      eventKey({ ...base, params: [{ to: '0x2', data: '0x' }] }),
    ]);
    expect(keys.size).toBe(5);
  });
});
