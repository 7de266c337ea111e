import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledCatalog } from '../catalog/bundled-catalog';
import { importDefiLlama, loadCatalog } from './catalog-imports';
import { catalogRefreshSchema } from '../settings/catalog-refresh-schema';
import { getSetting } from '../settings/read-setting';
import { SETTINGS } from '../settings/registry';
import { setSetting } from '../settings/write-setting';
import { openDb } from './schema';

const fixture = readFileSync('tests/fixtures/defillama-protocols.json', 'utf8');
const db = openDb('catalog-' + Math.random());
afterEach(async () => {
  await db.catalogImports.clear();
  await db.settings.clear();
});

describe('catalog imports', () => {
  it('adds new dApps once, and loadCatalog serves bundled plus imported', async () => {
    const first = await importDefiLlama(db, fixture);
    expect(first.added.sort()).toEqual(['gyroscope-protocol', 'sturdy']);
    const again = await importDefiLlama(db, fixture);
    expect(again.added).toEqual([]);
    expect(again.matched.sort()).toEqual(['aave', 'gyroscope-protocol', 'sturdy', 'uniswap']);
    const catalog = await loadCatalog(db);
    expect(catalog).toHaveLength(bundledCatalog().dapps.length + 2);
  });

  it('rejects a file that is not a protocols list and keeps what was imported', async () => {
    await importDefiLlama(db, fixture);
    await expect(importDefiLlama(db, '{"protocols": [')).rejects.toThrow(/not valid JSON/);
    await expect(importDefiLlama(db, '{"protocols": []}')).rejects.toThrow(/JSON array of protocols/);
    expect(await db.catalogImports.count()).toBe(2);
  });
});

describe('catalog imports and the phishing list', () => {
  const protocol = (name: string, url: string) => ({ ...(JSON.parse(fixture) as Record<string, unknown>[])[0], id: name, name, slug: name.toLowerCase().replace(' ', '-'), url, gecko_id: null, address: null, symbol: '-' });

  it('drops an imported protocol whose site is on the phishing list, and counts it', async () => {
    const file = JSON.stringify([protocol('Bancor Rewards', 'https://bancor.ltd'), protocol('Sturdy Lend', 'https://app.sturdy-lend.example')]);
    const result = await importDefiLlama(db, file);
    expect(result.dropped.phishing).toBe(1);
    expect(result.added).toEqual(['sturdy-lend']);
    expect((await loadCatalog(db)).some((d) => d.origins.includes('https://bancor.ltd'))).toBe(false);
  });

  it('leaves out at load an entry imported before its site was listed', async () => {
    const listed = { ...bundledCatalog().dapps[0]!, id: 'claim-portal', name: 'Claim portal', origins: ['https://claim.bancor.ltd'], contracts: [] };
    await db.catalogImports.put(listed);
    const catalog = await loadCatalog(db);
    expect(catalog.map((d) => d.id)).not.toContain('claim-portal');
    expect(catalog).toHaveLength(bundledCatalog().dapps.length);
  });

  it('keeps a bundled dApp whose secondary origin is listed, without that origin', async () => {
    // eth-phishing-detect 1.2.0 lists 1inch.dev, where 1inch now runs its developer portal.
    const oneInch = (await loadCatalog(db)).find((d) => d.id === '1inch');
    expect(oneInch?.origins).toEqual(['https://app.1inch.io', 'https://1inch.io', 'https://1inch.com']);
  });
});

describe('catalog refresh setting', () => {
  it('is off with no URL by default', async () => {
    expect(await getSetting(db, SETTINGS.catalogRefresh)).toEqual({ enabled: false, url: '' });
  });

  it('accepts https anywhere and http only on this machine', () => {
    expect(catalogRefreshSchema.safeParse({ enabled: true, url: 'https://api.llama.fi/protocols' }).success).toBe(true);
    expect(catalogRefreshSchema.safeParse({ enabled: true, url: 'http://127.0.0.1:8080/p.json' }).success).toBe(true);
    expect(catalogRefreshSchema.safeParse({ enabled: true, url: 'http://api.llama.fi/protocols' }).success).toBe(false);
    expect(catalogRefreshSchema.safeParse({ enabled: true, url: 'file:///etc/passwd' }).success).toBe(false);
  });

  it('cannot be turned on without a URL', async () => {
    await expect(setSetting(db, SETTINGS.catalogRefresh, { enabled: true, url: '' })).rejects.toThrow(/give a URL/);
  });
});
