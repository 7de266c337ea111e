// Evaluates contract attribution on tests/eval/attribution/held-out.json, per split, with the
// hand-curated catalog alone and with the contracts generated from protocols' address books.
// Writes reports/attribution-eval.json and prints a summary.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { createCatalogLookup } from '../../lib/catalog/catalog-lookup';
import { defaultLookup } from '../../lib/catalog/default-lookup';
import { evaluateAttribution } from '../../lib/eval/attribution-eval';
import { heldOutSchema } from '../../lib/eval/attribution-held-out';

const set = heldOutSchema.parse(JSON.parse(await readFile('tests/eval/attribution/held-out.json', 'utf8')));
const lookups = { handOnly: createCatalogLookup(bundledCatalog().dapps), withGenerated: defaultLookup() };
const report = Object.fromEntries(
  Object.entries(lookups).map(([name, lookup]) => [name, { dev: evaluateAttribution(lookup, set, 'dev'), test: evaluateAttribution(lookup, set, 'test') }]),
);
await mkdir('reports', { recursive: true });
await writeFile('reports/attribution-eval.json', JSON.stringify({ generatedAt: new Date().toISOString(), ...report }, null, 2) + '\n');

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const [name, splits] of Object.entries(report)) {
  for (const [split, s] of Object.entries(splits)) {
    console.log(`${name.padEnd(14)} ${split.padEnd(5)} contracts ${s.contracts.correct}/${s.contracts.total} (${pct(s.contracts.accuracy)})  no dApp ${s.noDapp.correct}/${s.noDapp.total} (${pct(s.noDapp.rate)})  overall ${pct(s.overall.accuracy)}`);
  }
}
console.log(`\ntest misses with generated data:\n${report.withGenerated!.test.misses.map((m) => `  ${m.id} chain ${m.chainId} ${m.role} → ${m.got ?? 'none'}`).join('\n')}`);
console.log('\nwrote reports/attribution-eval.json');
