// Evaluates recommendations on the personas in tests/eval/personas against their judgements, for
// the full ranker and two baselines, per split (tune on dev, report test). Writes
// reports/ranking-eval.json and prints a table.
import { mkdir, writeFile } from 'node:fs/promises';
import { RANKING_WEIGHTS } from '../../lib/ranking/ranking-weights';
import { runPersonas, SPLITS, VARIANTS, type Variant } from './run-personas';

const { personas, average } = await runPersonas();
await mkdir('reports', { recursive: true });
await writeFile('reports/ranking-eval.json', JSON.stringify({ generatedAt: new Date().toISOString(), weights: RANKING_WEIGHTS, average, personas }, null, 2) + '\n');

const pct = (x: number | null) => (x === null ? '   –' : `${(x * 100).toFixed(0)}%`.padStart(5));
console.log('persona'.padEnd(36) + 'split  P@5 full / pop / sim  catP@5  bad@5  cover  LOO@10  top 5');
for (const p of personas) {
  const m = p.metrics.full;
  console.log(`${p.file.replace('.activity.json', '').padEnd(36)}${p.split.padEnd(5)} ${pct(m.precisionAt5)} ${pct(p.metrics.popularityOnly.precisionAt5)} ${pct(p.metrics.similarityOnly.precisionAt5)}   ${pct(m.categoryPrecisionAt5)}  ${pct(m.badAt5)}  ${pct(m.interestCoverageAt5)}  ${pct(m.leaveOneOutHitAt10)}   ${p.top5.full.join(' ')}`);
}
for (const split of SPLITS) {
  const n = split === 'all' ? personas.length : personas.filter((p) => p.split === split).length;
  console.log(`\n${split} (${n} personas)`.padEnd(20) + 'P@5    catP@5  chain@5  diversity  used  bad@5  cover  LOO hit@10');
  for (const v of Object.keys(VARIANTS) as Variant[]) {
    const a = average[split][v];
    console.log(`${v.padEnd(19)}${pct(a.precisionAt5)}  ${pct(a.categoryPrecisionAt5)}   ${pct(a.chainFitAt5)}    ${a.diversity.toFixed(2)}     ${pct(a.usedRate)} ${pct(a.badAt5)}  ${pct(a.interestCoverageAt5)}  ${pct(a.leaveOneOutHitAt10)}`);
  }
}
console.log('\nwrote reports/ranking-eval.json');
