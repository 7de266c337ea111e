import { describe, expect, it } from 'vitest';
import { isEventTime, MAX_DELIVERY_DELAY_MS, MAX_EVENT_TIME, MIN_EVENT_TIME, receiptTime } from './event-time';

const NOW = Date.UTC(2026, 8, 14, 10, 21);

describe('event time', () => {
  it('accepts only whole milliseconds that an ISO date-time can name, from Ethereum’s genesis on', () => {
    expect(isEventTime(NOW)).toBe(true);
    expect(new Date(MAX_EVENT_TIME).toISOString()).toBe('9999-12-31T23:59:59.999Z');
    for (const bad of [8.7e15, MAX_EVENT_TIME + 1, MIN_EVENT_TIME - 1, 0, -1, 1.5, Number.NaN, Infinity, '1757845260000', null]) {
      expect(isEventTime(bad), String(bad)).toBe(false);
    }
  });

  it('keeps the time the relay saw an observation, within now and the delivery window', () => {
    expect(receiptTime(NOW - 5_000, NOW)).toBe(NOW - 5_000);
    expect(receiptTime(NOW + 86_400_000, NOW)).toBe(NOW);
    expect(receiptTime(8.7e15, NOW)).toBe(NOW);
    expect(receiptTime(NOW - 365 * 86_400_000, NOW)).toBe(NOW - MAX_DELIVERY_DELAY_MS);
    expect(receiptTime(Number.NaN, NOW)).toBe(NOW);
    expect(receiptTime(-Infinity, NOW)).toBe(NOW);
  });

  it('always returns a time that formats as an ISO date, even with a broken clock', () => {
    for (const now of [NOW, 8.7e15, Number.NaN, 0]) {
      for (const seen of [NOW, 8.7e15, -8.7e15, Number.NaN, 0]) {
        const t = receiptTime(seen, now);
        expect(isEventTime(t), `${seen} at ${now}`).toBe(true);
        expect(() => new Date(t).toISOString()).not.toThrow();
      }
    }
  });
});
