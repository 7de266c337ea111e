import { bundledCatalog } from '../catalog/bundled-catalog';
import type { Dapp } from '../catalog/dapp-schema';
import { hasBidiControls, impersonatedDapp } from '../catalog/import/impersonation';
import { mapDefiLlama, type DefiLlamaMapping } from '../catalog/import/map-defillama';
import { mergeCatalog } from '../catalog/import/merge-catalog';
import { validateCatalog } from '../catalog/validate-catalog';
import type { SextantDb } from './schema';

export interface CatalogImportResult {
  added: string[];
  matched: string[];
  dropped: DefiLlamaMapping['dropped'] & { invalid?: number; impersonation?: number; bidi?: number };
}

/** The catalog in use: the bundled one plus what the user imported, validated together. */
export async function loadCatalog(db: SextantDb): Promise<Dapp[]> {
  const merged = mergeCatalog(bundledCatalog().dapps, await db.catalogImports.toArray());
  return validateCatalog(merged.dapps).dapps;
}

export interface AcceptedEntries {
  entries: Dapp[];
  added: string[];
  matched: string[];
  dropped: { invalid?: number; impersonation?: number; bidi?: number };
}

/**
 * Which of some candidate entries may join the catalog: valid together with what is there, free of
 * direction-control characters, and not taking a known dApp's name on another site. Stores nothing.
 */
export async function acceptCatalogEntries(db: SextantDb, candidates: readonly unknown[]): Promise<AcceptedEntries> {
  const shaped = validateCatalog(candidates).dapps;
  const known = bundledCatalog().dapps;
  const dropped: AcceptedEntries['dropped'] = {};
  const count = (reason: keyof AcceptedEntries['dropped']) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
  if (shaped.length < candidates.length) dropped.invalid = candidates.length - shaped.length;
  const safe = shaped.filter((d) => {
    if (hasBidiControls(d)) return void count('bidi');
    if (impersonatedDapp(d, known)) return void count('impersonation');
    return true;
  });
  const base = mergeCatalog(known, await db.catalogImports.toArray()).dapps;
  const merged = mergeCatalog(base, safe);
  const keep = new Set(validateCatalog(merged.dapps).dapps.map((d) => d.id));
  const added = merged.added.filter((id) => keep.has(id));
  if (merged.added.length > added.length) dropped.invalid = (dropped.invalid ?? 0) + merged.added.length - added.length;
  return { entries: merged.dapps.filter((d) => added.includes(d.id)), added, matched: merged.matched, dropped };
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
  const accepted = await acceptCatalogEntries(db, mapped.dapps);
  await db.catalogImports.bulkPut(accepted.entries);
  return { added: accepted.added, matched: accepted.matched, dropped: { ...mapped.dropped, ...accepted.dropped } };
}
