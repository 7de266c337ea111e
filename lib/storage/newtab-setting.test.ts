import { describe, expect, it } from 'vitest';
import { readNewTabEnabled, writeNewTabEnabled } from './newtab-setting';
import { openDb } from './schema';

describe('new tab setting', () => {
  it('is on by default and keeps what was written', async () => {
    const db = openDb(`newtab-${Math.random()}`);
    expect(await readNewTabEnabled(db)).toBe(true);
    await writeNewTabEnabled(db, false);
    expect(await readNewTabEnabled(db)).toBe(false);
    await writeNewTabEnabled(db, true);
    expect(await readNewTabEnabled(db)).toBe(true);
  });
});
