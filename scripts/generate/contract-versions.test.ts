import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES } from '../../lib/catalog/generated-contracts';

// The address books live in tools/address-books with a lockfile of their own, so the main install
// (and CI) never pulls them; `npm run check:contracts` compares every row. This cheap check catches
// the usual slip: a package bumped in the tool but the data not regenerated.
type Lock = { packages: Record<string, { version?: string; dependencies?: Record<string, string> }> };
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const toolLock = readJson<Lock>('../../tools/address-books/package-lock.json');
const toolManifest = readJson<{ dependencies: Record<string, string> }>('../../tools/address-books/package.json');
const appLock = readJson<Lock>('../../package-lock.json');
const appManifest = readJson<{ dependencies: Record<string, string> }>('../../package.json');

const sources = Object.entries(GENERATED_FILES).map(([file, data]) => ({ file, ...(data as { source: { package: string; version: string } }).source }));
const books = toolLock.packages['']?.dependencies ?? {};

describe('generated contract files and the locked address books', () => {
  it('the tool’s lockfile lists the address books its package.json asks for', () => {
    expect(books).toEqual(toolManifest.dependencies);
  });

  it('each file was generated from the version locked (tools/address-books, or the app’s own dependency)', () => {
    const locked = (pkg: string) =>
      pkg in books ? toolLock.packages[`node_modules/${pkg}`]?.version : pkg in appManifest.dependencies ? appLock.packages[`node_modules/${pkg}`]?.version : undefined;
    const stale = sources.filter((s) => locked(s.package) !== s.version).map((s) => `${s.file}: ${s.package}@${s.version}, locked ${locked(s.package) ?? 'nowhere'}`);
    expect(stale, 'run `npm run generate:contracts`').toEqual([]);
  });

  it('every locked address book has its generated file', () => {
    const read = new Set(sources.map((s) => s.package));
    expect(Object.keys(books).filter((pkg) => !read.has(pkg))).toEqual([]);
  });
});
