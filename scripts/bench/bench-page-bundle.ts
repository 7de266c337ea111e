import { build } from 'esbuild';

/** In-extension benchmark code (an entry in browser/) as one script to evaluate in an extension page or its service worker. */
export async function benchPageBundle(entry: 'bench-page-entry' | 'bench-model-entry' = 'bench-page-entry'): Promise<string> {
  const result = await build({
    entryPoints: [new URL(`./browser/${entry}.ts`, import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}
