import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import generated from './data/phishing-list.json';
import { compactPhishingList, phishingListSchema } from './compact-phishing-list';
import { bundledPhishingList, createPhishingList } from './phishing-list';

const require = createRequire(import.meta.url);
const installedConfig: unknown = require('eth-phishing-detect/src/config.json');
const installedVersion = (require('eth-phishing-detect/package.json') as { version: string }).version;
const PhishingDetector = require('eth-phishing-detect/src/detector') as new (config: object) => { check(domain: string): { result: boolean; type: string } };

describe('the bundled phishing list', () => {
  it('is what the generator makes from the installed eth-phishing-detect (run `npm run safety-data:generate` when this fails)', () => {
    expect(generated).toEqual(compactPhishingList(installedConfig, installedVersion));
    expect(phishingListSchema.parse(generated).source).toEqual({ package: 'eth-phishing-detect', version: installedVersion, configVersion: 2 });
  });

  it('blocks and allows exactly as the package’s own detector does without its fuzzy matching', () => {
    const config = installedConfig as { blacklist: string[]; whitelist: string[] };
    const detector = new PhishingDetector({ ...config, tolerance: 0, fuzzylist: [] });
    const list = bundledPhishingList();
    const hosts = [
      ...generated.blocked.filter((_, i) => i % 7 === 0),
      ...generated.allowed,
      ...generated.blocked.filter((_, i) => i % 53 === 0).map((h) => `login.${h}`),
      'app.uniswap.org',
      'example.com',
    ];
    const disagree = hosts.filter((h) => (list.check(h) === 'blocked') !== detector.check(h).result);
    expect(disagree).toEqual([]);
  });

  it('matches a listed domain’s subdomains, and lets the allowlist win', () => {
    const list = createPhishingList({ blocked: ['evil.xyz', 'bad.example.com'], allowed: ['good.evil.xyz'] });
    expect(list.check('evil.xyz')).toBe('blocked');
    expect(list.check('app.evil.xyz')).toBe('blocked');
    expect(list.check('good.evil.xyz')).toBe('allowed');
    expect(list.check('example.com')).toBeNull();
    expect(list.check('notevil.xyz')).toBeNull();
  });
});
