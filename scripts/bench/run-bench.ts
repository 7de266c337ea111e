// `npm run bench [-- --quick] [-- --out FILE]`: Sextant's speed and size against their baselines,
// measured in one run. Writes a JSON report (bench/report.json) and prints a table. It judges
// nothing: the targets are compared in the report, never asserted.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { benchCapture } from './bench-capture';
import { benchEmbedding } from './bench-embedding';
import { benchExtensionModel } from './bench-extension-model';
import { benchLookup } from './bench-lookup';
import { benchMemory } from './bench-memory';
import { benchRanking } from './bench-ranking';
import { benchSize } from './bench-size';
import { benchStorage } from './bench-storage';
import type { BenchReport } from './bench-report';
import { printReport } from './print-report';
import { targets } from './targets';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, out: { type: 'string', default: 'bench/report.json' } } });
const quick = values.quick;
const log = (step: string) => console.error(`bench: ${step}…`);

const started = performance.now();
log('ranking and vector search');
const ranking = await benchRanking(quick ? [1000, 10_000] : [1000, 10_000, 100_000], quick ? 5 : 20, quick ? 1000 : 10_000);
log('catalog lookup');
const lookup = await benchLookup(quick ? 10 : 50);
log('embedding');
const embedding = await benchEmbedding(quick ? 2 : 5);
log('the model in the extension');
const extensionModel = await benchExtensionModel(quick ? 1 : 3, quick ? 2 : 5);
log('capture overhead in Chromium');
const capture = await benchCapture(quick ? 3 : 9, quick ? 500 : 2000);
log('IndexedDB ingest and popup in Chromium');
const storage = await benchStorage(quick ? { events: 5000, catalog: 2000, runs: 3 } : { events: 100_000, catalog: 10_000, runs: 9 });
log('service worker memory');
const memory = await benchMemory();
const size = await benchSize();

const report: BenchReport = {
  generatedAt: new Date().toISOString(),
  mode: quick ? 'quick' : 'full',
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  seconds: Math.round((performance.now() - started) / 1000),
  ranking,
  lookup,
  embedding,
  extensionModel,
  capture,
  storage,
  memory,
  size,
  targets: [],
};
report.targets = targets(report);
await mkdir(dirname(values.out), { recursive: true });
await writeFile(values.out, JSON.stringify(report, null, 2) + '\n');
printReport(report);
console.log(`\nwrote ${values.out} (${report.seconds} s)`);
