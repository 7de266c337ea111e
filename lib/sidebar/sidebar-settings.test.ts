import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getSetting } from '../settings/read-setting';
import { SETTINGS } from '../settings/registry';
import { openDb, type SextantDb } from '../storage/schema';
import { applySidebarChange } from './sidebar-settings';

const readSidebarSettings = (db: SextantDb) => getSetting(db, SETTINGS.sidebar);

describe('sidebar settings', () => {
  it('starts on everywhere and collapsed, and keeps each switch per site', async () => {
    const db = openDb(`sidebar-${Math.random()}`);
    expect(await readSidebarSettings(db)).toEqual({ off: false, offOrigins: [], expandedOrigins: [] });
    await applySidebarChange(db, { scope: 'expanded', origin: 'https://app.aave.com', expanded: true });
    await applySidebarChange(db, { scope: 'origin', origin: 'https://app.uniswap.org', off: true });
    await applySidebarChange(db, { scope: 'origin', origin: 'https://app.uniswap.org', off: true });
    await applySidebarChange(db, { scope: 'global', off: true });
    expect(await readSidebarSettings(db)).toEqual({ off: true, offOrigins: ['https://app.uniswap.org'], expandedOrigins: ['https://app.aave.com'] });
    await applySidebarChange(db, { scope: 'expanded', origin: 'https://app.aave.com', expanded: false });
    await applySidebarChange(db, { scope: 'origin', origin: 'https://app.uniswap.org', off: false });
    expect(await readSidebarSettings(db)).toEqual({ off: true, offOrigins: [], expandedOrigins: [] });
  });

  it('reads a damaged row from before versions as the defaults, keeping its valid parts', async () => {
    const db = openDb(`sidebar-${Math.random()}`);
    await db.settings.put({ key: 'sidebar', value: { off: 'yes', offOrigins: [3, 'https://a.example'], expandedOrigins: null } });
    expect(await readSidebarSettings(db)).toEqual({ off: false, offOrigins: ['https://a.example'], expandedOrigins: [] });
  });
});
