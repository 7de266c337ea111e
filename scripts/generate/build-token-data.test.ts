import { describe, expect, it } from 'vitest';
import data from '../../lib/tokens/data/tokens.json';
import { buildTokenData } from './build-token-data';

describe('generated token data', () => {
  it('equals what the installed token-list packages give (run `npm run generate:tokens` after updating them)', () => {
    expect(buildTokenData()).toEqual(data);
  });
});
