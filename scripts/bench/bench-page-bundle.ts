import { build } from 'esbuild';

/** The in-page benchmark code (browser/bench-page-entry.ts) as one script to evaluate in an extension page. */
export async function benchPageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./browser/bench-page-entry.ts', import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}
