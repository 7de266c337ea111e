import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

const NOW = Date.UTC(2026, 8, 14, 10, 21);

describe('relativeTime', () => {
  it('words a time in the past in the given language', () => {
    expect(relativeTime(NOW - 3 * 60_000, NOW, 'en')).toBe('3 minutes ago');
    expect(relativeTime(NOW - 3 * 86_400_000, NOW, 'id')).toBe('3 hari yang lalu');
  });

  it('never throws on a stored time no date can have, so one bad row cannot blank the popup', () => {
    for (const time of [8.7e15, -8.7e15, Number.NaN, Infinity]) {
      expect(() => relativeTime(time, NOW, 'en'), String(time)).not.toThrow();
    }
  });
});
