import { describe, expect, it } from 'vitest';
import { stemIndonesian } from './stem-indonesian';

const roots = new Set(['tukar', 'pinjam', 'kirim', 'taruh', 'jembatan', 'jembatani', 'investasi', 'stake', 'untung', 'sewa', 'hasil', 'bayar']);
const known = (w: string) => roots.has(w);

describe('stemIndonesian', () => {
  it('takes off prefixes, recoding the letter meN- and peN- replace', () => {
    expect(stemIndonesian('menukar', known)).toBe('tukar');
    expect(stemIndonesian('meminjamkan', known)).toBe('pinjam');
    expect(stemIndonesian('mengirim', known)).toBe('kirim');
    expect(stemIndonesian('pembayaran', known)).toBe('bayar');
    expect(stemIndonesian('menjembatani', known)).toBe('jembatani');
  });

  it('takes off suffixes, possessives and particles, alone or together', () => {
    expect(stemIndonesian('taruhan', known)).toBe('taruh');
    expect(stemIndonesian('hasilnya', known)).toBe('hasil');
    expect(stemIndonesian('keuntungannya', known)).toBe('untung');
    expect(stemIndonesian('disewakan', known)).toBe('sewa');
    expect(stemIndonesian('menginvestasikan', known)).toBe('investasi');
  });

  it('keeps a word the lexicon knows as it is and gives up on one it cannot reduce to a known root', () => {
    expect(stemIndonesian('jembatan', known)).toBe('jembatan');
    expect(stemIndonesian('asdfghjkl', known)).toBeUndefined();
    expect(stemIndonesian('di', known)).toBeUndefined();
  });
});
