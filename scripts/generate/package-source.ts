import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** Name, installed version and licence of a package, read from its own package.json. */
export function packageSource(name: string): { package: string; version: string; license: string } {
  const manifest = JSON.parse(readFileSync(packageJsonPath(name), 'utf8')) as { version: string; license?: string };
  return { package: name, version: manifest.version, license: manifest.license ?? 'UNKNOWN' };
}

/** A package's package.json, found from its main entry when its exports hide the manifest. */
export function packageJsonPath(name: string): string {
  try {
    return require.resolve(`${name}/package.json`);
  } catch (error) {
    if (!(error instanceof Error) || !('code' in error) || error.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error;
    let dir = path.dirname(require.resolve(name));
    while (!dir.endsWith(path.join('node_modules', ...name.split('/')))) dir = path.dirname(dir);
    return path.join(dir, 'package.json');
  }
}
