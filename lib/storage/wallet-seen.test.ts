import { afterEach, beforeEach, expect, it } from 'vitest';
import { TokenBuckets } from '../activity/token-bucket';
import { defaultLookup } from '../catalog/default-lookup';
import { ingestObservations } from './ingest-observations';
import { openDb, type SextantDb } from './schema';
import { showsWallet } from './wallet-seen';

const T = 1_757_845_260_000;
const SITE = 'https://recipes.example.org';
const connect = { type: 'request', uid: '1'.padStart(32, '0'), time: T, method: 'eth_requestAccounts', params: [], chainId: 1 };
const batch = (observations: unknown[]) => ({ origin: SITE, observations, drops: {} });

let db: SextantDb;
beforeEach(() => void (db = openDb('test-' + Math.random())));
afterEach(() => db.delete());

const limits = () => ({ requests: new TokenBuckets(120, 1 / 20, () => T), outcomes: new TokenBuckets(240, 1, () => T) });
const ingest = (input: unknown, sender: string | null) => ingestObservations(db, input, sender, { limits: limits(), lookup: defaultLookup(), now: () => T });

it('a page whose queue the saved-queue drain stored first still shows a wallet when its relay delivers it', async () => {
  // The drain stores the relay's saved queue (it has no tab to tell); the relay's own message follows.
  expect(showsWallet(await ingest(batch([connect]), SITE))).toBe(true);
  const resent = await ingest(batch([connect]), SITE);
  expect(resent.stored).toBe(0);
  expect(showsWallet(resent)).toBe(true);
});

it('a batch with nothing from this page’s wallet shows none', async () => {
  expect(showsWallet(await ingest(batch([]), SITE))).toBe(false);
  expect(showsWallet(await ingest(batch([connect]), 'https://other.example'))).toBe(false);
  expect(showsWallet(await ingest({ origin: SITE }, SITE))).toBe(false);
});
