// Bundled by the benchmark and evaluated inside an extension page, so the storage path runs on
// the extension's real IndexedDB in Chromium, exactly as the background runs it.
import { encodeFunctionData, parseAbi } from 'viem';
import { TokenBuckets } from '../../../lib/activity/token-bucket';
import { enrichEvent } from '../../../lib/attribution/enrich-event';
import { defaultLookup } from '../../../lib/catalog/default-lookup';
import { CATEGORIES } from '../../../lib/catalog/categories';
import type { Dapp } from '../../../lib/catalog/dapp-schema';
import { ingestObservations } from '../../../lib/storage/ingest-observations';
import { SETTINGS } from '../../../lib/settings/registry';
import { setSetting } from '../../../lib/settings/write-setting';
import type { StoredRecommendations } from '../../../lib/storage/recommendation-state';
import { openDb, type StoredEvent } from '../../../lib/storage/schema';
import { updateProfile } from '../../../lib/storage/update-profile';

const ORIGIN = 'https://app.uniswap.org';
const ROUTER = '0xA51afAFe0263b40EdaEf0Df8781eA9aa03E381a3';
const swap = encodeFunctionData({ abi: parseAbi(['function execute(bytes,bytes[],uint256)']), args: ['0x00', ['0x'], 2_000_000_000n] });
const uid = (n: number) => n.toString(16).padStart(32, '0');
const request = (n: number) => ({ type: 'request', uid: uid(n), time: Date.UTC(2026, 0, 1) + n * 60_000, method: 'eth_sendTransaction', params: [{ to: ROUTER, data: swap, value: '0x0' }], chainId: 42161 });
// The benchmark measures storage throughput, so the rate limit must not be what it measures.
const unlimited = () => ({ requests: new TokenBuckets(1e12, 1e12), outcomes: new TokenBuckets(1e12, 1e12) });

async function ingest(count: number, batchSize: number) {
  const db = openDb('sextant-bench-ingest');
  await db.events.clear();
  const context = { limits: unlimited(), lookup: defaultLookup() };
  const start = performance.now();
  for (let i = 0; i < count; i += batchSize) {
    const observations = Array.from({ length: Math.min(batchSize, count - i) }, (_, j) => request(i + j));
    await ingestObservations(db, { origin: ORIGIN, observations, drops: {} }, ORIGIN, context);
  }
  const ms = performance.now() - start;
  const stored = await db.events.count();
  // Incremental profile update: fold in the next 100 events after a full build, as the background does.
  await updateProfile(db, context.lookup, true);
  await ingestObservations(db, { origin: ORIGIN, observations: Array.from({ length: 100 }, (_, j) => request(count + j)), drops: {} }, ORIGIN, context);
  const t = performance.now();
  await updateProfile(db, context.lookup);
  const incrementalPerEventMs = (performance.now() - t) / 100;
  const r = performance.now();
  await updateProfile(db, context.lookup, true);
  const rebuildMs = performance.now() - r;
  db.close();
  return { ms, stored, incrementalPerEventMs, rebuildMs };
}

/** Fills the real database the popup reads: `events` stored events and a catalog of `catalogSize` dApps with a ranking over it. */
async function seedPopup(events: number, catalogSize: number) {
  const db = openDb();
  const lookup = defaultLookup();
  const template = request(0);
  const enriched = enrichEvent(lookup, { ...template, origin: ORIGIN });
  for (let i = 0; i < events; i += 10_000) {
    const rows: StoredEvent[] = Array.from({ length: Math.min(10_000, events - i) }, (_, j) => ({
      uid: uid(i + j), time: template.time + (i + j) * 60_000, origin: ORIGIN, chainId: 42161, method: template.method, params: template.params,
      outcome: { status: 'ok' }, source: 'import', ...enriched,
    }));
    await db.events.bulkAdd(rows);
  }
  const imports: Dapp[] = Array.from({ length: catalogSize - lookup.dapps.length }, (_, i) => ({
    id: `bench-dapp-${i}`, name: `Bench dApp ${i}`, origins: [`https://bench-dapp-${i}.example`], description: 'A synthetic dApp that fills the catalog to benchmark size.',
    category: CATEGORIES[i % CATEGORIES.length]!, secondary: [], tags: [], chains: [42161], contracts: [], popularity: 1 + (i % 5),
  }));
  await db.catalogImports.bulkPut(imports);
  const ranking: StoredRecommendations = {
    computedAt: Date.now(),
    items: imports.slice(0, 20).map((d, i) => ({ id: d.id, name: d.name, url: d.origins[0]!, category: d.category, chains: d.chains, names: { uniswap: 'Uniswap' }, score: 1 - i / 100, reasons: [{ type: 'because-you', action: 'swap', dapps: ['uniswap'], chain: 42161 }, { type: 'popular-on-chain', category: d.category, chain: 42161 }], signals: { similarity: 0, category: 0, complement: 0, chain: 0, popularity: 0, starter: 0, penalty: 0 } })),
  };
  await setSetting(db, SETTINGS.recommendations, ranking);
  const count = await db.events.count();
  db.close();
  return { events: count, catalog: lookup.dapps.length + imports.length };
}

(globalThis as unknown as { sextantBench: unknown }).sextantBench = { ingest, seedPopup };
