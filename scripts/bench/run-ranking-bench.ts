// `npx tsx scripts/bench/run-ranking-bench.ts [--quick]`: only the ranking and vector-search part of
// the benchmark (scripts/bench/run-bench.ts runs everything), for measuring a ranking change before
// and after in one sitting without starting browsers. Prints the figures; writes nothing.
import { parseArgs } from 'node:util';
import { benchRanking } from './bench-ranking';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const figures = await benchRanking(values.quick ? [1000, 10_000] : [1000, 10_000, 100_000], values.quick ? 5 : 20, 0);
for (const f of figures) {
  console.log(`${String(f.size).padStart(7)} dApps  memory read ${f.memoryRead.median} ms  ranking ${f.ranking.median} ms (p95 ${f.ranking.p95})  ${f.rankingVsMemoryRead}× the read  top-10 ${f.topK.median} ms`);
}
