import { bundledCatalog } from '../catalog/bundled-catalog';
import type { Dapp } from '../catalog/dapp-schema';
import { mapDefiLlama, type DefiLlamaMapping } from '../catalog/import/map-defillama';
import { mergeCatalog } from '../catalog/import/merge-catalog';
import { validateCatalog } from '../catalog/validate-catalog';
import { dropPhishingDapps } from '../safety/drop-phishing-dapps';
import type { SextantDb } from './schema';

export interface CatalogImportResult {
  added: string[];
  matched: string[];
  /** Entries left out, by reason: the mapping's reasons, `invalid` (failed validation), `phishing` (its main origin on the phishing list), `phishingOrigins` (other origins on the list, taken off). */
  dropped: DefiLlamaMapping['dropped'] & { invalid?: number; phishing?: number; phishingOrigins?: number };
}

/** The catalog in use: the bundled one plus what the user imported, validated together, without any dApp on the phishing list. */
export async function loadCatalog(db: SextantDb): Promise<Dapp[]> {
  const merged = mergeCatalog(bundledCatalog().dapps, await db.catalogImports.toArray());
  return dropPhishingDapps(validateCatalog(merged.dapps).dapps).dapps;
}

/**
 * Imports a DefiLlama /protocols document. Entries that fail validation are dropped and counted;
 * what was imported before stays unless the same id comes again.
 */
export async function importDefiLlama(db: SextantDb, text: string): Promise<CatalogImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`not valid JSON: ${(e as Error).message}`);
  }
  if (!Array.isArray(json)) throw new Error('expected DefiLlama’s /protocols list: a JSON array of protocols');
  const mapped = mapDefiLlama(json);
  const safe = dropPhishingDapps(mapped.dapps);
  const base = mergeCatalog(bundledCatalog().dapps, await db.catalogImports.toArray()).dapps;
  const merged = mergeCatalog(base, safe.dapps);
  const valid = validateCatalog(merged.dapps);
  const keep = new Set(valid.dapps.map((d) => d.id));
  const added = merged.added.filter((id) => keep.has(id));
  const invalid = merged.added.length - added.length;
  const newEntries = merged.dapps.filter((d) => added.includes(d.id));
  await db.catalogImports.bulkPut(newEntries);
  const phishing = safe.dropped.length;
  const phishingOrigins = safe.origins.length;
  return {
    added,
    matched: merged.matched,
    dropped: { ...mapped.dropped, ...(invalid ? { invalid } : {}), ...(phishing ? { phishing } : {}), ...(phishingOrigins ? { phishingOrigins } : {}) },
  };
}
