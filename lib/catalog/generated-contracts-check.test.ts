import { describe, expect, it } from 'vitest';
import { checkGeneratedFile, GeneratedContractsError } from './generated-contracts-check';

const source = { package: '@example/book', version: '1.0.0', license: 'MIT' };
const row = [1, '0x87870Bca3F3fD6335C3F4ce8392D69350B4fA4E2', 'aave', 'V3 Ethereum pool'];

describe('checkGeneratedFile', () => {
  it('passes a well-formed file through', () => {
    expect(checkGeneratedFile('book', { source, contracts: [row] })).toEqual([row]);
  });

  it.each([
    ['an unknown chain', [999_999, row[1], row[2], row[3]]],
    ['a malformed address', [1, '0x1234', row[2], row[3]]],
    ['a dApp id that is no id', [1, row[1], 'Aave V3', row[3]]],
    ['an empty label', [1, row[1], row[2], '']],
    ['a label too long', [1, row[1], row[2], 'x'.repeat(81)]],
    ['a short row', [1, row[1], row[2]]],
  ])('throws on %s, naming the file and the row', (_, bad) => {
    expect(() => checkGeneratedFile('book', { source, contracts: [row, bad] })).toThrow(new GeneratedContractsError('book', 'row 1 is not [known chain id, address, dApp id, label]'));
  });

  it('throws without a valid source', () => {
    expect(() => checkGeneratedFile('book', { contracts: [row] })).toThrow(GeneratedContractsError);
  });
});
