// `npx tsx scripts/bench/run-lookup-bench.ts [--quick]`: only the catalog lookup's build (scripts/bench/run-bench.ts
// runs everything), to compare a change to the lookup or the generated contract data before and after
// without starting browsers. Prints the figures; writes nothing.
import { parseArgs } from 'node:util';
import { benchLookup } from './bench-lookup';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const f = await benchLookup(values.quick ? 10 : 50);
for (const t of [f.indexGenerated, f.curatedOnly, f.withGenerated]) console.log(`${t.what}: ${t.median} ${t.unit} (p95 ${t.p95}, n=${t.runs})`);
