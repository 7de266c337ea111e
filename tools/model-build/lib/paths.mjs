// Where inputs live and where the model goes. Everything is resolved from this folder so the
// build works from any working directory (e.g. `node tools/model-build/build.mjs`).
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const buildDir = dirname(dirname(fileURLToPath(import.meta.url)));
export const repoRoot = resolve(buildDir, '..', '..');
export const modelName = 'sextant-use-static-256';
export const outDir = join(repoRoot, 'public', 'models', modelName);

// The build's dependencies are CommonJS packages installed in this folder, not in the main project.
export const require = createRequire(join(buildDir, 'package.json'));
export const packageDir = (name) => dirname(require.resolve(`${name}/package.json`));
