import culture from './data/culture-tools.json';
import defi from './data/defi.json';
import trading from './data/trading.json';
import type { Dapp } from './dapp-schema';
import { validateCatalog, type CatalogProblem } from './validate-catalog';

export interface LoadedCatalog {
  dapps: Dapp[];
  /** What validation found: entries left out for failing their schema, and clashes between entries (kept); the bundled catalog's test keeps this empty. */
  problems: CatalogProblem[];
}

const RAW = [...trading, ...defi, ...culture] as unknown as Dapp[];

/**
 * The bundled entries without validating them again, for pages that only name and link dApps:
 * the same data passes validation in the tests and in the background at load.
 */
export function bundledEntries(): readonly Dapp[] {
  return RAW;
}

let cached: LoadedCatalog | undefined;

/** The catalog shipped with the extension, validated once per process. */
export function bundledCatalog(): LoadedCatalog {
  if (!cached) {
    const result = validateCatalog(RAW);
    cached = { dapps: result.dapps, problems: result.ok ? [] : result.problems };
  }
  return cached;
}
