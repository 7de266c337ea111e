// The site check on tests/eval/site-check/cases.json: false-alarm and miss rates per split.
// Writes reports/site-check-eval.json and prints the dev split's errors (tune on dev only).
import { mkdir, writeFile } from 'node:fs/promises';
import { runSiteCheck } from './run-site-check';

const { outcomes, dev, test, holdout } = await runSiteCheck();
const errors = outcomes
  .filter((o) => o.verdict.verdict !== o.case.label && !(o.case.label === 'lookalike' && o.verdict.verdict === 'phishing'))
  .map((o) => ({ url: o.case.url, split: o.case.split, label: o.case.label, group: o.case.group, got: o.verdict }));
await mkdir('reports', { recursive: true });
await writeFile('reports/site-check-eval.json', JSON.stringify({ generatedAt: new Date().toISOString(), dev, test, holdout, errors }, null, 2) + '\n');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log('split      cases  benign  threats  false alarms  misses  accuracy  resembles right');
for (const [name, m] of [['dev', dev], ['test', test], ['  held out', holdout]] as const) {
  console.log(`${name.padEnd(10)} ${String(m.cases).padStart(5)}  ${String(m.benign).padStart(6)}  ${String(m.threats).padStart(7)}  ${pct(m.falseAlarmRate).padStart(12)}  ${pct(m.missRate).padStart(6)}  ${pct(m.accuracy).padStart(8)}  ${pct(m.resemblesAccuracy).padStart(15)}`);
}
console.log('\ndev errors:');
for (const e of errors.filter((e) => e.split === 'dev')) console.log(`  ${e.label.padEnd(9)} ${e.url} → ${JSON.stringify(e.got)}`);
console.log('\nwrote reports/site-check-eval.json');
