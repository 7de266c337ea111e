import { describe, expect, it } from 'vitest';
import { GENERATED_FILES } from '../../../lib/catalog/generated-contracts';
import { buildContracts } from './build-contracts';

describe('generated contract data', () => {
  it('equals what the installed address-book packages give (run `npm run generate:contracts` after updating them)', async () => {
    const built = await buildContracts();
    expect([...built.keys()].sort()).toEqual(Object.keys(GENERATED_FILES).sort());
    for (const [file, data] of built) expect(data, file).toEqual(GENERATED_FILES[file]);
  });
});
