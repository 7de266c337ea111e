/**
 * Indonesian words people type into a dApp search, with the English a query is rewritten to.
 * Written by hand because the general dictionary misses DeFi senses (bunga is "interest", not
 * "flower"; hasil is "yield"), chat spellings (yg, gak, dapet, pake) and function words. An empty
 * string drops the word (it carries no intent). Roots only: stemIndonesian finds them in
 * menukar, meminjamkan, taruhan.
 */
export const INDONESIAN_TERMS: Readonly<Record<string, string>> = {
  // function words and chat spellings
  yang: '', yg: '', nya: '', sih: '', dong: '', deh: '', kok: '', aja: '', saja: '', ini: 'this', itu: 'that',
  di: 'on', ke: 'to', dari: 'from', dr: 'from', untuk: 'for', utk: 'for', buat: 'for', bagi: 'for', pakai: 'with', pake: 'with', dengan: 'with', dgn: 'with', sama: 'with',
  dan: 'and', atau: 'or', tapi: 'but', tetapi: 'but', tetap: 'still fixed', tetep: 'still', tanpa: 'without', gak: 'no', ga: 'no', nggak: 'no', enggak: 'no', tidak: 'no', tak: 'no', bukan: 'not',
  saya: 'my', aku: 'my', gue: 'my', gw: 'my', kita: 'our', kami: 'our', mau: 'want', ingin: 'want', pengen: 'want', bisa: 'can', perlu: 'need', harus: 'must',
  apa: 'what', gimana: 'how', bagaimana: 'how', cara: 'how to', mana: 'where', dimana: 'where', kalau: 'if', kalo: 'if', jika: 'if', lagi: 'now', sedang: 'now',
  semua: 'all', satu: 'one', banyak: 'many', sekaligus: 'at once', sendiri: 'own', otomatis: 'automatically', langsung: 'instantly directly', versi: 'version', setelah: 'after', habis: 'out of',
  baru: 'new', beda: 'different', berbeda: 'different', awal: 'early', asli: 'real native', paling: 'most', sekali: 'once', ulang: 're', kayak: 'like', seperti: 'like', jadi: 'into', per: 'per',
  // money, markets and DeFi
  tukar: 'swap exchange', termurah: 'cheapest', murah: 'cheap', mahal: 'expensive', rendah: 'low', tinggi: 'high', biaya: 'fee', ongkos: 'fee',
  jembatan: 'bridge', jembatani: 'bridge', pindah: 'move', pindahkan: 'move', lintas: 'cross', rantai: 'chain', jaringan: 'network', rute: 'route',
  pinjam: 'borrow', pinjaman: 'loan', pinjamkan: 'lend', meminjamkan: 'lend', bunga: 'interest', hasil: 'yield', imbal: 'return', untung: 'profit', cuan: 'profit',
  nganggur: 'idle', menganggur: 'idle', jaminan: 'collateral', agunan: 'collateral', likuidasi: 'liquidation', lunas: 'repay', utang: 'debt', hutang: 'debt',
  taruh: 'bet', taruhan: 'bet', bertaruh: 'bet', judi: 'gambling', prediksi: 'prediction', pasar: 'market', pemilu: 'election', pemilihan: 'election', sepak: '', bola: 'football',
  kirim: 'send', transfer: 'transfer', alamat: 'address', dompet: 'wallet', bayar: 'pay', gaji: 'salary payroll', detik: 'second', tim: 'team', tagihan: 'invoice', faktur: 'invoice',
  donasi: 'donate', sumbang: 'donate', hibah: 'grant', proyek: 'project', komunitas: 'community', patungan: 'pool money together', teman: 'friends', dana: 'funds',
  beli: 'buy', jual: 'sell', pembeli: 'buyer', tunggu: 'wait', nunggu: 'wait', harga: 'price', turun: 'drops', naik: 'rises', sisa: 'leftover', receh: 'small dust', ubah: 'convert',
  stake: 'stake', likuid: 'liquid', cair: 'liquid', kunci: 'lock', tetapkan: 'fix',
  cetak: 'mint', dolar: 'dollar', koin: 'coin', uang: 'money', kripto: 'crypto', aset: 'assets', saham: 'stocks', obligasi: 'bonds', pemerintah: 'government', properti: 'property', sewa: 'rent rental',
  investasi: 'invest', institusi: 'institutions', lembaga: 'institutions', emas: 'gold', minyak: 'oil', valas: 'forex',
  cabut: 'revoke', izin: 'approval permission', kasih: 'give', beri: 'give', cek: 'check', periksa: 'check', penipuan: 'scam', tipu: 'scam', palsu: 'fake', aman: 'safe', keamanan: 'security',
  curi: 'steal stolen', retas: 'hack', lapor: 'report', laporkan: 'report', lindungi: 'protect hedge', simpan: 'keep store', klaim: 'claim', ekstensi: 'extension', peramban: 'browser',
  nama: 'name', pengguna: 'user username', daftar: 'register', perpanjang: 'renew', perpanjangan: 'renewal', domain: 'domain',
  opsi: 'options', tanah: 'land', virtual: 'virtual', peliharaan: 'pet', tani: 'farm', bertani: 'farming', permainan: 'game', gim: 'game', main: 'play',
  seni: 'art', generatif: 'generative', gratis: 'free', koleksi: 'collect', lagu: 'songs', musisi: 'musicians', lelang: 'auction', harian: 'daily',
  terdesentralisasi: 'decentralized', poin: 'points', dapat: 'get earn', dapet: 'get earn', bukti: 'proof', hadir: 'attend', kehadiran: 'attendance', acara: 'event',
  kartu: 'card', belanja: 'spend', lewat: 'via', melalui: 'via', tautan: 'link', bikin: 'make create', tarik: 'withdraw', setor: 'deposit',
  bandingkan: 'compare', banding: 'compare', ikut: 'join', agen: 'agent', tokenisasi: 'tokenized', cari: 'find', lihat: 'see', tempat: 'place', suara: 'vote', usulan: 'proposal',
};

/** Words that read the same in English queries; they are translated only in a query that is otherwise Indonesian. */
export const ENGLISH_LOOKALIKES: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'is', 'it', 'not', 'of', 'on', 'or', 'per', 'to', 'with', 'my', 'i', 'me', 'you', 'so',
  'stake', 'transfer', 'domain', 'virtual', 'main', 'game', 'bank', 'data', 'link', 'swap',
]);
