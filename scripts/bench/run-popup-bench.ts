// `npx tsx scripts/bench/run-popup-bench.ts [--quick]`: only the popup's figures (first
// recommendation with a large history; install → starter and → personalised list), for measuring
// a change to the popup before and after in one sitting (scripts/bench/run-bench.ts runs
// everything). Needs the built extension (`npx wxt build`). Prints the figures; writes nothing.
import { parseArgs } from 'node:util';
import { benchFirstRun } from './bench-first-run';
import { benchStorage } from './bench-storage';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const quick = values.quick;
const show = (label: string, x: { median: number; p95: number; runs: number }) => console.log(`${label.padEnd(40)} ${x.median} ms (p95 ${x.p95}, n=${x.runs})`);
const { popup } = await benchStorage(quick ? { events: 5000, catalog: 2000, runs: 5 } : { events: 100_000, catalog: 10_000, runs: 9 });
show(`popup → first recommendation (${popup.events} events)`, popup);
const first = await benchFirstRun(quick ? 3 : 5);
show('install → starter list', first.installToStarter);
show('popup opened → starter list', first.popupToStarter);
show(`install → personalised (${first.activityEvents} events imported)`, first.installToPersonalised);
show('import → personalised list', first.importToPersonalised);
