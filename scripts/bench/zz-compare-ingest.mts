import { build } from 'esbuild';
import { extensionWorker, launchChromium } from '../chromium/launch-chromium';
const bundle = async (entry: string) => (await build({ entryPoints: [entry], bundle: true, write: false, format: 'iife', target: 'es2022', logLevel: 'error' })).outputFiles[0]!.text;
const before = await bundle('/tmp/before-ingest/scripts/bench/browser/bench-page-entry.ts');
const after = await bundle('/work/main/scripts/bench/browser/bench-page-entry.ts');
const b = await launchChromium();
const id = new URL((await extensionWorker(b.context)).url()).host;
const page = await b.context.newPage();
await page.goto(`chrome-extension://${id}/options.html`);
for (const round of [1, 2]) for (const [name, code] of [['before', before], ['after', after]] as const) {
  await page.evaluate(code);
  const r = await page.evaluate(() => (globalThis as any).sextantBench.ingest(10000, 100));
  console.log(round, name, Math.round(r.stored / r.ms * 1000), 'events/s', r.stored, 'stored');
}
await b.close();
