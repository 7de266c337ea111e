import { describe, expect, it } from 'vitest';
import { defaultLookup } from '../catalog/default-lookup';
import { checkSite } from './check-site';
import { buildSiteIndex } from './site-index';

const index = buildSiteIndex(defaultLookup());

describe('checkSite: known origins', () => {
  it('knows an official origin and its subdomains', () => {
    expect(checkSite('https://app.uniswap.org/swap', index)).toEqual({ verdict: 'known', domain: 'uniswap.org', dappId: 'uniswap' });
    expect(checkSite('https://docs.aave.com/developers', index)).toMatchObject({ verdict: 'known', dappId: 'aave' });
    expect(checkSite('https://governance.aave.com', index)).toMatchObject({ verdict: 'known', dappId: 'aave' });
  });

  it('does not take an official name inside another domain for the dApp', () => {
    expect(checkSite('https://aave.com.evil.xyz', index)).not.toMatchObject({ verdict: 'known' });
    expect(checkSite('https://notaave.com', index)).not.toMatchObject({ verdict: 'known' });
  });

  it('answers unknown with no domain for what is not a web page', () => {
    expect(checkSite('chrome://extensions', index)).toEqual({ verdict: 'unknown', domain: '' });
    expect(checkSite('not a url', index)).toEqual({ verdict: 'unknown', domain: '' });
  });
});
