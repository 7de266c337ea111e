/** One figure in the report: what was timed, and its distribution over runs. */
export interface Timing {
  what: string;
  unit: 'ms' | 'µs';
  median: number;
  p95: number;
  runs: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function summarise(what: string, samples: readonly number[], unit: Timing['unit'] = 'ms'): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { what, unit, median: round(at(0.5)), p95: round(at(0.95)), runs: sorted.length };
}

/** Times `fn` after `warmup` untimed runs, so JIT compilation is not in the figure. */
export async function time(what: string, runs: number, fn: () => unknown, warmup = Math.min(3, runs)): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  return summarise(what, samples);
}

/**
 * Times several functions in turns (a, b, a, b, …) after `warmup` untimed turns, so a figure and
 * its same-run baseline see the same machine load: on a shared machine, timing one block after the
 * other lets load that comes and goes land on one of them only.
 */
export async function timeInTurns<K extends string>(runs: number, fns: Record<K, { what: string; fn: () => unknown }>, warmup = Math.min(3, runs)): Promise<Record<K, Timing>> {
  const entries = Object.entries(fns) as [K, { what: string; fn: () => unknown }][];
  for (let i = 0; i < warmup; i++) for (const [, { fn }] of entries) await fn();
  const samples = new Map<K, number[]>(entries.map(([k]) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [k, { fn }] of entries) {
      const start = performance.now();
      await fn();
      samples.get(k)!.push(performance.now() - start);
    }
  }
  return Object.fromEntries(entries.map(([k, { what }]) => [k, summarise(what, samples.get(k)!)])) as Record<K, Timing>;
}

/** Ratio of two medians, e.g. how far ranking is from the memory-read limit. */
export const ratio = (a: Timing, b: Timing) => Math.round((a.median / b.median) * 100) / 100;
