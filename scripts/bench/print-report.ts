import type { BenchReport } from './bench-report';
import type { ThroughputFigures } from './embedding-throughput';
import type { Timing } from './measure';

const t = (x: Timing | null | undefined) => (x ? `${x.median} ${x.unit} (p95 ${x.p95}, n=${x.runs})` : '—');

/** The readable table printed after a run; the JSON report has every figure. */
export function printReport(r: BenchReport): void {
  console.log(`\nSextant benchmarks (${r.mode}) on ${r.machine.cpus} × ${r.machine.cpu}, ${r.machine.memoryGb} GB, Node ${r.machine.node}\n`);
  console.log('Ranking and top-k (synthetic catalogs, 256-d vectors)');
  for (const x of r.ranking) {
    console.log(`  ${String(x.size).padStart(7)} dApps  memory read ${t(x.memoryRead)} | rank ${t(x.ranking)} = ${x.rankingVsMemoryRead}× | top-10 ${t(x.topK)} = ${x.topKVsMemoryRead}×${x.orama ? ` | Orama ${t(x.orama)} (ours ${x.topKVsOrama}×)` : ''}`);
  }
  const l = r.lookup;
  console.log(`\nCatalog lookup (${l.generatedContracts} generated contracts)`);
  console.log(`  check and index the generated contracts, once per process: ${t(l.indexGenerated)}`);
  console.log(`  build the lookup: bundled catalog alone ${t(l.curatedOnly)} | with the generated contracts ${t(l.withGenerated)}`);
  const e = r.embedding;
  const throughput = (x: ThroughputFigures) =>
    `model load ${t(x.modelLoad)}; batch 1: ${x.batch1.sentencesPerSecond}/s; batch 32: ${x.batch32.sentencesPerSecond}/s; catalog (${x.catalogCold.dapps}) cold ${t(x.catalogCold)}`;
  console.log('\nEmbedding (default model)');
  console.log(`  Node:           ${throughput(e)}`);
  console.log(`  service worker: ${throughput(r.extensionModel.throughput)}`);
  console.log(`  plain table loop ${e.plainLoop.sentencesPerSecond}/s (agrees to cosine ${e.plainLoop.agreement}); Transformers.js takes ${e.transformersOverhead}× the loop's time`);
  console.log(`  in the extension: cold start to an embedded catalog ${t(r.extensionModel.coldReady)}; search click → results ${t(r.extensionModel.search)}`);
  console.log('\nCapture overhead (Chromium, ethereum.request round trip)');
  for (const c of r.capture) console.log(`  ${c.method.padEnd(14)} without ${t(c.without)} | with ${t(c.withSextant)} | ${c.addedMicrosecondsPerCall < 0 ? '−' : '+'}${Math.abs(c.addedMicrosecondsPerCall)} µs per call${c.addedMicrosecondsPerCall < 0 ? ' (within noise)' : ''}`);
  const s = r.storage;
  console.log('\nStorage (Chromium, real IndexedDB)');
  console.log(`  ingest ${s.ingest.events} events: ${s.ingest.eventsPerSecond}/s; profile: ${s.profile.incrementalUpdateMsPerEvent} ms per new event, rebuild ${s.profile.rebuildMs} ms`);
  console.log(`  popup to first recommendation (${s.popup.events} events, ${s.popup.catalog} dApps): ${t(s.popup)}`);
  console.log(`\nMemory: service worker heap ${r.memory.beforeModelMb} MB → ${r.memory.afterModelMb} MB (plus ${r.memory.backingStoresAfterMb} MB of typed arrays) with the model loaded, the catalog embedded and searched`);
  console.log(`Size: zip ${r.size.zipMb} MB (unpacked ${r.size.unpackedMb} MB); largest: ${r.size.largest.slice(0, 5).map((f) => `${f.file} ${f.kb} kB`).join(', ')}`);
  console.log('\nTargets');
  for (const c of r.targets) console.log(`  ${c.met ? 'met   ' : 'MISSED'} ${c.target}: ${c.measured}`);
}
