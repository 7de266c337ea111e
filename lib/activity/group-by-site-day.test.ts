import { describe, expect, it } from 'vitest';
import { groupBySiteDay } from './group-by-site-day';

const at = (iso: string, origin: string | null) => ({ time: new Date(iso).getTime(), origin });

describe('groupBySiteDay', () => {
  it('folds a site’s events of one day into one group, newest first', () => {
    const events = [at('2026-03-02T10:00', 'https://a.xyz'), at('2026-03-02T09:00', 'https://a.xyz'), at('2026-03-02T08:00', 'https://b.xyz'), at('2026-03-01T10:00', 'https://a.xyz')];
    const groups = groupBySiteDay(events, 10);
    expect(groups.map((g) => [g.site, g.events.length])).toEqual([['https://a.xyz', 2], ['https://b.xyz', 1], ['https://a.xyz', 1]]);
    expect(groups[0]!.day).toBe(new Date('2026-03-02T00:00').getTime());
  });

  it('keeps events without a page in their own group and stops at the limit', () => {
    const events = [at('2026-03-02T10:00', null), at('2026-03-02T09:00', 'https://a.xyz'), at('2026-03-02T08:00', 'https://b.xyz'), at('2026-03-02T07:00', null)];
    const groups = groupBySiteDay(events, 2);
    expect(groups.map((g) => [g.site, g.events.length])).toEqual([[null, 2], ['https://a.xyz', 1]]);
  });
});
