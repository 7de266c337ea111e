// `npx tsx scripts/bench/run-observer-bench.ts [--runs N] [--compare DIR]`: only the "observer overhead
// per call" part of the benchmark (scripts/bench/run-bench.ts runs everything). Needs the build
// (.output/chrome-mv3); --compare measures another unpacked build too (e.g. one made before a change),
// in the same run. Prints the figures; writes nothing.
import { parseArgs } from 'node:util';
import { benchObserver } from './bench-observer';
import { printObserverFigures } from './print-report';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, compare: { type: 'string' } } });
const compare = values.compare ? { label: values.compare, extensionDir: values.compare } : undefined;
printObserverFigures(await benchObserver(Number(values.runs), { compare }));
