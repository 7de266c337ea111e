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

describe('checkSite: phishing list', () => {
  it('calls a listed domain and its subdomains phishing, naming what it imitates when it can', () => {
    expect(checkSite('https://bancor.ltd', index)).toMatchObject({ verdict: 'phishing', why: 'phishing-list', domain: 'bancor.ltd' });
    expect(checkSite('https://mail.myetherwallet.icu/login', index)).toMatchObject({ verdict: 'phishing', why: 'phishing-list' });
  });

  it('never calls an allowlisted near-name a lookalike', () => {
    expect(checkSite('https://openseas.com', index)).toEqual({ verdict: 'unknown', domain: 'openseas.com' });
    expect(checkSite('https://sushirelay.com', index)).toEqual({ verdict: 'unknown', domain: 'sushirelay.com' });
  });
});

describe('checkSite: lookalikes', () => {
  const flagged = (url: string) => {
    const v = checkSite(url, index);
    return { verdict: v.verdict, resembles: v.resembles, why: v.why };
  };

  it('finds near-misspellings by edit distance, transpositions included', () => {
    expect(flagged('https://uniswqp.org')).toEqual({ verdict: 'lookalike', resembles: 'uniswap', why: 'edit-distance' });
    expect(flagged('https://pancakesawp.finance')).toEqual({ verdict: 'lookalike', resembles: 'pancakeswap', why: 'edit-distance' });
  });

  it('finds ASCII confusables and punycode homographs', () => {
    expect(flagged('https://0pensea.io')).toEqual({ verdict: 'lookalike', resembles: 'opensea', why: 'confusable' });
    expect(flagged('https://cornpound.finance')).toEqual({ verdict: 'lookalike', resembles: 'compound', why: 'confusable' });
    expect(flagged('https://uniswаp.org')).toEqual({ verdict: 'lookalike', resembles: 'uniswap', why: 'punycode' });
    expect(flagged('https://xn--pensea-9wa.io')).toEqual({ verdict: 'lookalike', resembles: 'opensea', why: 'punycode' });
  });

  it('finds a brand or an official domain in the subdomain of an unrelated domain', () => {
    expect(flagged('https://app.uniswap.org.claim-rewards.xyz')).toEqual({ verdict: 'lookalike', resembles: 'uniswap', why: 'brand-in-subdomain' });
    expect(flagged('https://aave.com.evil.xyz')).toEqual({ verdict: 'lookalike', resembles: 'aave', why: 'brand-in-subdomain' });
  });

  it('finds a brand plus a word, and the same name on another TLD', () => {
    expect(flagged('https://lido-airdrop.com')).toEqual({ verdict: 'lookalike', resembles: 'lido', why: 'brand-plus-word' });
    expect(flagged('https://app.uniswap-claim.xyz')).toEqual({ verdict: 'lookalike', resembles: 'uniswap', why: 'brand-plus-word' });
    expect(flagged('https://ens-domains.net')).toEqual({ verdict: 'lookalike', resembles: 'ens', why: 'brand-plus-word' });
    expect(flagged('https://aave.co')).toEqual({ verdict: 'lookalike', resembles: 'aave', why: 'other-tld' });
  });

  it('takes a dictionary-word brand on another TLD as evidence only on a crypto suffix', () => {
    expect(flagged('https://curve.exchange')).toMatchObject({ verdict: 'lookalike', resembles: 'curve' });
    expect(checkSite('https://www.curve.com', index).verdict).toBe('unknown');
  });
});

describe('checkSite: benign near-words stay unknown', () => {
  it.each([
    'https://www.lidl.com',
    'https://opensearch.org',
    'https://www.ens.fr',
    'https://www.ens-lyon.fr',
    'https://www.pendleton.com',
    'https://www.lidocaine.com',
    'https://spark.apache.org',
    'https://www.hey.com',
    'https://www.balance.com',
    'https://docs.arbitrum.io',
    'http://127.0.0.1:8080',
    'http://localhost:3000',
  ])('%s', (url) => {
    expect(checkSite(url, index).verdict).toBe('unknown');
  });
});
