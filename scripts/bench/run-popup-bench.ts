// `npx tsx scripts/bench/run-popup-bench.ts [--quick] [--baseline DIR] [--rounds N]`: only the
// popup's figures (first recommendation with a large history; install → starter and → personalised
// list), for measuring a change to the popup in one sitting (scripts/bench/run-bench.ts runs
// everything). Measures the build in .output/chrome-mv3 (`npx wxt build`) and, with --baseline, a
// copy of an earlier build, the two taking turns round by round so a busy machine weighs on both
// alike. Prints each round's medians and the median over rounds; writes nothing.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { benchFirstRun } from './bench-first-run';
import { benchStorage } from './bench-storage';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, baseline: { type: 'string' }, rounds: { type: 'string', default: '1' } } });
const quick = values.quick;
const builds: { name: string; dir?: string }[] = [...(values.baseline ? [{ name: 'baseline', dir: resolve(values.baseline) }] : []), { name: 'this build' }];
const figures = ['popup → first recommendation', 'install → starter list', 'install → starter list stored', 'popup opened → starter list', 'install → personalised list', 'import → personalised list', 'install → ranked with the model'];
const medians = new Map<string, number[]>();
const note = (build: string, figure: string, ms: number) => medians.set(`${build}|${figure}`, [...(medians.get(`${build}|${figure}`) ?? []), ms]);

for (let round = 1; round <= Number(values.rounds); round++) {
  for (const build of builds) {
    const { popup } = await benchStorage({ ...(quick ? { events: 5000, catalog: 2000, runs: 5 } : { events: 100_000, catalog: 10_000, runs: 9 }), extensionDir: build.dir });
    const first = await benchFirstRun(quick ? 2 : 3, build.dir);
    const row = [popup, first.installToStarter, first.installToStarterStored, first.popupToStarter, first.installToPersonalised, first.importToPersonalised, first.installToModelRanked].map((x) => x.median);
    row.forEach((ms, i) => note(build.name, figures[i]!, ms));
    console.log(`round ${round}, ${build.name}: ${row.map((ms, i) => `${figures[i]} ${ms} ms`).join('; ')}`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`\nmedian over rounds (${quick ? '5,000 events, 2,000 dApps' : '100,000 events, 10,000 dApps'} for the popup; activity file: samples/demo-activity.json)`);
for (const figure of figures) console.log(`  ${figure.padEnd(30)} ${builds.map((b) => `${b.name} ${median(medians.get(`${b.name}|${figure}`)!)} ms`).join('  ')}`);
