// Optional cache of the teacher vectors (the slow step) under node_modules/.cache, keyed by the
// exact token texts and the teacher version. `npm ci` wipes node_modules, so `npm run model:build`
// always distils from scratch; repeated local runs (tuning PCA/SIF) skip the minute of USE calls.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildDir } from './paths.mjs';

const cacheDir = join(buildDir, 'node_modules', '.cache', 'sextant-model-build');

export async function cachedTeacherVectors(key, compute) {
  const file = join(cacheDir, `teacher-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.f32`);
  try {
    const bytes = await readFile(file);
    return new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  } catch {
    const vectors = await compute();
    await mkdir(cacheDir, { recursive: true });
    await writeFile(file, new Uint8Array(vectors.buffer, vectors.byteOffset, vectors.byteLength));
    return vectors;
  }
}
