// Evaluates recommendations on the personas in tests/eval/personas against their judgements, for
// the full ranker and two baselines. Writes reports/ranking-eval.json and prints a table.
import { mkdir, writeFile } from 'node:fs/promises';
import { RANKING_WEIGHTS } from '../../lib/ranking/ranking-weights';
import { runPersonas, VARIANTS, type Variant } from './run-personas';

const { personas, average } = await runPersonas();
await mkdir('reports', { recursive: true });
await writeFile('reports/ranking-eval.json', JSON.stringify({ generatedAt: new Date().toISOString(), weights: RANKING_WEIGHTS, average, personas }, null, 2) + '\n');

const pct = (x: number) => `${(x * 100).toFixed(0)}%`.padStart(5);
console.log('persona'.padEnd(34) + 'P@5 full / pop / sim   catP@5  chain@5  div  used');
for (const p of personas) {
  const m = p.metrics;
  console.log(`${p.file.replace('.activity.json', '').padEnd(34)}${pct(m.full.precisionAt5)} ${pct(m.popularityOnly.precisionAt5)} ${pct(m.similarityOnly.precisionAt5)}   ${pct(m.full.categoryPrecisionAt5)}   ${pct(m.full.chainFitAt5)}   ${m.full.diversity}   ${pct(m.full.usedRate)}`);
}
console.log('\naverage'.padEnd(18) + 'P@5    catP@5  chain@5  diversity  used');
for (const v of Object.keys(VARIANTS) as Variant[]) {
  const a = average[v];
  console.log(`${v.padEnd(17)}${pct(a.precisionAt5)}  ${pct(a.categoryPrecisionAt5)}   ${pct(a.chainFitAt5)}    ${a.diversity.toFixed(2)}     ${pct(a.usedRate)}`);
}
console.log('\nwrote reports/ranking-eval.json');
