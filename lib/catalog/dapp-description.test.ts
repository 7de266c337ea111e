import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled-catalog';
import { dappDescription } from './dapp-description';
import descriptionsId from './data/descriptions-id.json';

describe('Indonesian descriptions', () => {
  const { dapps } = bundledCatalog();
  const indonesian: Record<string, string> = descriptionsId;

  it('cover every bundled dApp and name no other', () => {
    expect(Object.keys(indonesian).sort()).toEqual(dapps.map((d) => d.id).sort());
  });

  it('are real descriptions, not copies of the English ones', () => {
    for (const d of dapps) {
      const text = indonesian[d.id]!;
      expect(text.length, d.id).toBeGreaterThanOrEqual(30);
      expect(text.length, d.id).toBeLessThanOrEqual(600);
      expect(text, d.id).not.toBe(d.description);
    }
  });
});

describe('dappDescription', () => {
  const aave = bundledCatalog().dapps.find((d) => d.id === 'aave')!;

  it('gives the Indonesian description in an Indonesian UI and the English one otherwise', () => {
    expect(dappDescription(aave, 'id')).toMatch(/^Setor aset/);
    expect(dappDescription(aave, 'id-ID')).toMatch(/^Setor aset/);
    expect(dappDescription(aave, 'en-US')).toBe(aave.description);
    expect(dappDescription(aave, undefined)).toBe(aave.description);
  });

  it('falls back to English for a dApp the bundled catalog does not translate (an imported one)', () => {
    expect(dappDescription({ id: 'imported-protocol', description: 'A protocol imported from DefiLlama.' }, 'id')).toBe('A protocol imported from DefiLlama.');
  });
});
