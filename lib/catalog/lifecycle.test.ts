import { describe, expect, it } from 'vitest';
import data from './data/lifecycle.json';
import { bundledCatalog } from './bundled-catalog';
import { parseLifecycle, statusOf } from './lifecycle';

const ids = new Set(bundledCatalog().dapps.map((d) => d.id));

describe('lifecycle data', () => {
  it('validates against the catalog: Vertex is sunset, Radiant exploited in October 2024, others active', () => {
    const lifecycle = parseLifecycle(data, ids);
    expect(statusOf(lifecycle, 'vertex')).toBe('sunset');
    expect(lifecycle.get('radiant')).toMatchObject({ status: 'exploited', date: '2024-10-16' });
    expect(statusOf(lifecycle, 'aave')).toBe('active');
  });

  it('rejects an unknown dApp, an exploit without a date, a status it does not know and a non-https source', () => {
    const file = (dapps: object) => ({ reviewedOn: '2026-12-02', note: 'n', dapps });
    const ok = { status: 'sunset', source: 'https://example.org/x', note: 'closed for good' };
    expect(() => parseLifecycle(file({ 'no-such-dapp': ok }), ids)).toThrow(/no-such-dapp/);
    expect(() => parseLifecycle(file({ aave: { ...ok, status: 'exploited' } }), ids)).toThrow(/date/);
    expect(() => parseLifecycle(file({ aave: { ...ok, status: 'paused' } }), ids)).toThrow(/status/);
    expect(() => parseLifecycle(file({ aave: { ...ok, source: 'http://example.org' } }), ids)).toThrow(/source/);
  });
});
