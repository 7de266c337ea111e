import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enrichEvent } from '../attribution/enrich-event';
import { defaultLookup } from '../catalog/default-lookup';
import { catalogCsvOptions } from '../storage/import-explorer-csv';
import { readExplorerCsv } from './read-explorer-csv';

const NAME = 'export-0x5e1b4cd1a2b5c8d47f9e6f3b2a1c0d9e8f7a6b5c.csv';
const text = readFileSync(`tests/fixtures/explorer/${NAME}`, 'utf8');
const lookup = defaultLookup();
const { isKnownContract, categoryOf } = catalogCsvOptions(lookup);

describe('readExplorerCsv', () => {
  it('turns every transaction the address sent into an event attributed by contract and method name', () => {
    const read = readExplorerCsv(text, { fileName: NAME, isKnownContract, categoryOf });
    if (!read.ok) throw new Error(read.problem.key);
    expect(read).toMatchObject({ chainId: 1, account: '0x5e1b4cd1a2b5c8d47f9e6f3b2a1c0d9e8f7a6b5c', skipped: { incoming: 1, failed: 1 }, rejections: { count: 0 } });
    const seen = read.events.map((e) => {
      const { dappId, action } = enrichEvent(lookup, e);
      return [dappId, action.kind];
    });
    expect(seen).toEqual([
      ['aave', 'supply'],
      ['uniswap', 'swap'],
      ['lido', 'stake'],
      ['uniswap', 'swap'],
      ['1inch', 'swap'],
    ]);
    expect(read.events[0]).toMatchObject({ origin: null, chainId: 1, method: 'eth_sendTransaction', time: Date.UTC(2024, 7, 20, 8, 0, 11), source: 'import' });
    expect(read.events[2]?.params[0]).toMatchObject({ value: '0x14d1120d7b160000' });
  });

  it('takes the chain the user chose, else the explorer named in the file, else the coin column', () => {
    const chosen = readExplorerCsv(text, { fileName: NAME, chainId: 8453 });
    expect(chosen.ok && chosen.chainId).toBe(8453);
    const named = readExplorerCsv(text, { fileName: 'basescan-0x5e1b4cd1a2b5c8d47f9e6f3b2a1c0d9e8f7a6b5c.csv' });
    expect(named.ok && named.chainId).toBe(8453);
    const bnb = readExplorerCsv(text.replaceAll('(ETH)', '(BNB)'), { fileName: NAME });
    expect(bnb.ok && bnb.chainId).toBe(56);
  });

  it('reads the header variants of the family: Transaction Hash, DateTime without UnixTimestamp, no Method column', () => {
    const variant = text
      .replace('"Txhash"', '"Transaction Hash"')
      .replace('"DateTime (UTC)"', '"DateTime"')
      .replace(',"Method"', ',"Method_"')
      .replace('"UnixTimestamp"', '"Unix_"');
    const read = readExplorerCsv(variant, { fileName: NAME, chainId: 1 });
    if (!read.ok) throw new Error(read.problem.key);
    expect(read.events).toHaveLength(5);
    expect(read.events[0]?.time).toBe(Date.UTC(2024, 7, 20, 8, 0, 11));
    expect(enrichEvent(lookup, read.events[0]!).dappId).toBe('aave');
  });

  it('says what is wrong with a file it cannot use', () => {
    expect(readExplorerCsv('a,b\n1,2\n')).toEqual({ ok: false, problem: { key: 'csvNotExplorer', subs: [] } });
    expect(readExplorerCsv(text, { fileName: 'history.csv', isKnownContract: () => false })).toMatchObject({ ok: false, problem: { key: 'csvChooseChain' } });
    const unknownAccount = text.replace('"0x28c6c06298d514db089934071355e5743bf21d60","0x5e1b4cd1a2b5c8d47f9e6f3b2a1c0d9e8f7a6b5c"', '"0x28c6c06298d514db089934071355e5743bf21d60","0x28c6c06298d514db089934071355e5743bf21d61"');
    expect(readExplorerCsv(unknownAccount, { fileName: 'history.csv', chainId: 1 })).toMatchObject({ ok: false, problem: { key: 'csvNoAccount' } });
  });

  it('refuses a row with a malformed hash as part of an all-or-nothing import', () => {
    const read = readExplorerCsv(text.replace('0x' + '11'.repeat(32), '0xnothash'), { fileName: NAME, chainId: 1 });
    expect(read.ok && read.rejections.count).toBe(1);
  });

  it('refuses a row whose amount is not a number instead of importing it as a zero send', () => {
    const row = text.split('\n')[1]!;
    const broken = row.replace('"0","0","0","0.00183"', '"0","n/a","0","0.00183"');
    expect(broken).not.toBe(row);
    const read = readExplorerCsv(text.replace(row, broken), { fileName: NAME, chainId: 1 });
    expect(read.ok && read.rejections.count).toBe(1);
  });
});
