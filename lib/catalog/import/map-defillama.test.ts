import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../bundled-catalog';
import { validateCatalog } from '../validate-catalog';
import { mapDefiLlama } from './map-defillama';
import { mergeCatalog } from './merge-catalog';

const fixture = JSON.parse(readFileSync('tests/fixtures/defillama-protocols.json', 'utf8'));

describe('importing a DefiLlama /protocols file', () => {
  const mapped = mapDefiLlama(fixture);

  it('maps categories, chains, origins and popularity onto the catalog’s shape', () => {
    const gyro = mapped.dapps.find((d) => d.id === 'gyroscope-protocol')!;
    expect(gyro).toMatchObject({ name: 'Gyroscope Protocol', origins: ['https://app.gyro.finance'], category: 'dex', chains: [1, 137, 42161, 8453, 100], popularity: 3, audited: true, since: 2023 });
    const sturdy = mapped.dapps.find((d) => d.id === 'sturdy')!;
    expect(sturdy).toMatchObject({ name: 'Sturdy', category: 'lending', chains: [1, 34443], popularity: 2 });
    expect(sturdy.audited).toBeUndefined();
  });

  it('drops what it cannot use and says why', () => {
    expect(mapped.dropped).toEqual({ 'no-known-chain': 1, 'unknown-category': 1, 'no-https-url': 1, 'short-description': 1, 'not-an-object': 1 });
  });

  it('merges into the bundled catalog without duplicates and the result validates', () => {
    const { dapps: bundled } = bundledCatalog();
    const merged = mergeCatalog(bundled, mapped.dapps);
    expect(merged.added.sort()).toEqual(['gyroscope-protocol', 'sturdy']);
    expect(merged.matched.sort()).toEqual(['aave', 'uniswap']);
    expect(merged.dapps).toHaveLength(bundled.length + 2);
    // A matched dApp keeps its curated entry and gains the chains it lacked.
    const uniswap = merged.dapps.find((d) => d.id === 'uniswap')!;
    expect(uniswap.description).toBe(bundled.find((d) => d.id === 'uniswap')!.description);
    expect(uniswap.chains).toEqual(expect.arrayContaining([1, 42161, 130, 167000]));
    expect(validateCatalog(merged.dapps)).toMatchObject({ ok: true });
    // The bundled catalog itself is untouched.
    expect(bundled.find((d) => d.id === 'uniswap')!.chains).not.toContain(167000);
  });

  it('treats anything but an array as an empty list', () => {
    expect(mapDefiLlama({ protocols: [] })).toEqual({ dapps: [], dropped: {} });
  });
});
