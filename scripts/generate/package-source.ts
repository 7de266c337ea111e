import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Name, installed version and licence of a package, read from its own package.json, as resolved
 * from `from` (a module's URL: the tools under tools/ have node_modules of their own).
 */
export function packageSource(name: string, from: string = import.meta.url): { package: string; version: string; license: string } {
  const manifest = JSON.parse(readFileSync(packageJsonPath(name, from), 'utf8')) as { version: string; license?: string };
  return { package: name, version: manifest.version, license: manifest.license ?? 'UNKNOWN' };
}

/** A package's package.json, found from its main entry when its exports hide the manifest. */
export function packageJsonPath(name: string, from: string = import.meta.url): string {
  const require = createRequire(from);
  try {
    return require.resolve(`${name}/package.json`);
  } catch (error) {
    if (!(error instanceof Error) || !('code' in error) || error.code !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw error;
    let dir = path.dirname(require.resolve(name));
    while (!dir.endsWith(path.join('node_modules', ...name.split('/')))) dir = path.dirname(dir);
    return path.join(dir, 'package.json');
  }
}
