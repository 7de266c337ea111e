import { bundledCatalog } from '../../lib/catalog/bundled-catalog';
import { createCatalogLookup } from '../../lib/catalog/catalog-lookup';
import { checkGeneratedFile } from '../../lib/catalog/generated-contracts-check';
import { GENERATED_FILES } from '../../lib/catalog/generated-contracts';
import { indexGenerated } from '../../lib/catalog/generated-index';
import { time, type Timing } from './measure';

export interface LookupFigures {
  generatedContracts: number;
  /** Checking and indexing the generated files: once per process (a waking service worker). */
  indexGenerated: Timing;
  /** Building the lookup over the bundled catalog alone. */
  curatedOnly: Timing;
  /** Building it with the generated contracts layered under it: what the background does after each catalog import. */
  withGenerated: Timing;
}

/** The catalog lookup's build: the one-time generated index and the per-catalog lookup, with and without the generated data. */
export async function benchLookup(runs: number): Promise<LookupFigures> {
  const dapps = bundledCatalog().dapps;
  const load = () => indexGenerated(Object.entries(GENERATED_FILES).flatMap(([name, file]) => checkGeneratedFile(name, file)));
  const generated = load();
  const rows = Object.values(GENERATED_FILES).reduce<number>((n, f) => n + (f as { contracts: unknown[] }).contracts.length, 0);
  return {
    generatedContracts: rows,
    indexGenerated: await time(`check and index ${rows} generated contracts`, runs, load),
    curatedOnly: await time(`build the lookup over ${dapps.length} bundled dApps`, runs, () => createCatalogLookup(dapps)),
    withGenerated: await time(`build it with the ${rows} generated contracts layered under it`, runs, () => createCatalogLookup(dapps, generated)),
  };
}
