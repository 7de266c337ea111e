import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../bundled-catalog';
import type { Dapp } from '../dapp-schema';
import { hasBidiControls, impersonatedDapp } from './impersonation';

const entry = (name: string, origin: string): Dapp => ({
  id: 'imported',
  name,
  origins: [origin],
  description: 'A protocol imported from a DefiLlama file for this test.',
  category: 'dex',
  secondary: [],
  tags: [],
  chains: [1],
  contracts: [],
  popularity: 1,
});
const known = bundledCatalog().dapps;

describe('catalog import safety', () => {
  it('refuses a known dApp’s name on another domain, in any case, width or with a suffix', () => {
    expect(impersonatedDapp(entry('Uniswap', 'https://uniswap-claim.example'), known)?.id).toBe('uniswap');
    expect(impersonatedDapp(entry('UNISWAP Airdrop', 'https://claim.example'), known)?.id).toBe('uniswap');
    expect(impersonatedDapp(entry('Ｕｎｉｓｗａｐ', 'https://claim.example'), known)?.id).toBe('uniswap');
  });

  it('lets a dApp keep its own name on its own site, and unrelated names anywhere', () => {
    expect(impersonatedDapp(entry('Uniswap V4', 'https://app.uniswap.org'), known)).toBeUndefined();
    expect(impersonatedDapp(entry('Unifarm', 'https://unifarm.example'), known)).toBeUndefined();
  });

  it('finds right-to-left overrides and isolates in any text of an entry', () => {
    expect(hasBidiControls(entry('Evil\u202Epaws', 'https://x.example'))).toBe(true);
    expect(hasBidiControls({ ...entry('Fine', 'https://x.example'), tags: ['a\u2067b'] })).toBe(true);
    expect(hasBidiControls(entry('Fine', 'https://x.example'))).toBe(false);
  });
});
