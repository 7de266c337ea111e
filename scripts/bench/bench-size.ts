import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface SizeFigures {
  zipBytes: number;
  zipMb: number;
  unpackedMb: number;
  largest: { file: string; kb: number }[];
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return (await Promise.all(entries.map((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)])))).flat();
}

/** The zipped extension and its largest parts: model, WASM runtime, JS per entrypoint. */
export async function benchSize(outputDir = '.output'): Promise<SizeFigures> {
  const zip = (await readdir(outputDir)).find((f) => f.endsWith('-chrome.zip'));
  if (!zip) throw new Error('no chrome zip in .output: run `npx wxt zip` first');
  const zipBytes = (await stat(join(outputDir, zip))).size;
  const dir = join(outputDir, 'chrome-mv3');
  const sized = await Promise.all((await files(dir)).map(async (f) => ({ file: relative(dir, f), bytes: (await stat(f)).size })));
  sized.sort((a, b) => b.bytes - a.bytes);
  const total = sized.reduce((s, f) => s + f.bytes, 0);
  return {
    zipBytes,
    zipMb: Math.round((zipBytes / 1048576) * 100) / 100,
    unpackedMb: Math.round((total / 1048576) * 100) / 100,
    largest: sized.slice(0, 12).map((f) => ({ file: f.file, kb: Math.round(f.bytes / 1024) })),
  };
}
