import { bundledCatalog } from '../catalog/bundled-catalog';
import type { Dapp } from '../catalog/dapp-schema';
import { hasBidiControls, impersonatedDapp } from '../catalog/import/impersonation';
import { mapDefiLlama, type DefiLlamaMapping } from '../catalog/import/map-defillama';
import { mergeCatalog } from '../catalog/import/merge-catalog';
import { validateCatalog } from '../catalog/validate-catalog';
import { dropPhishingDapps } from '../safety/drop-phishing-dapps';
import type { SextantDb } from './schema';

export interface CatalogImportResult {
  added: string[];
  matched: string[];
  /**
   * Entries left out, by reason: the mapping's reasons, `invalid` (failed validation), `impersonation`
   * (a known dApp's name on another site), `bidi` (direction-control characters), `phishing` (its main
   * origin on the phishing list), `phishingOrigins` (other origins on the list, taken off).
   */
  dropped: DefiLlamaMapping['dropped'] & AcceptedEntries['dropped'];
}

/** The catalog in use: the bundled one plus what the user imported, validated together, without any dApp on the phishing list. */
export async function loadCatalog(db: SextantDb): Promise<Dapp[]> {
  // Validated before the read, so a starting worker does it while its database opens.
  const bundled = bundledCatalog().dapps;
  const imports = await db.catalogImports.toArray();
  // Without imports the merge is the validated bundle itself: validating it again finds nothing.
  const dapps = imports.length === 0 ? bundled : validateCatalog(mergeCatalog(bundled, imports).dapps).dapps;
  return dropPhishingDapps(dapps).dapps;
}

export interface AcceptedEntries {
  entries: Dapp[];
  added: string[];
  matched: string[];
  dropped: { invalid?: number; impersonation?: number; bidi?: number; phishing?: number; phishingOrigins?: number };
}

/**
 * Which of some candidate entries may join the catalog: valid together with what is there, free of
 * direction-control characters, not taking a known dApp's name on another site, and not on the
 * phishing list (a listed secondary origin is taken off). Stores nothing.
 */
export async function acceptCatalogEntries(db: SextantDb, candidates: readonly unknown[]): Promise<AcceptedEntries> {
  const shaped = validateCatalog(candidates).dapps;
  const known = bundledCatalog().dapps;
  const dropped: AcceptedEntries['dropped'] = {};
  const count = (reason: keyof AcceptedEntries['dropped']) => (dropped[reason] = (dropped[reason] ?? 0) + 1);
  if (shaped.length < candidates.length) dropped.invalid = candidates.length - shaped.length;
  const unlisted = dropPhishingDapps(shaped);
  if (unlisted.dropped.length) dropped.phishing = unlisted.dropped.length;
  if (unlisted.origins.length) dropped.phishingOrigins = unlisted.origins.length;
  const safe = unlisted.dapps.filter((d) => {
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
    throw new Error(`not valid JSON: ${(e as Error).message}`, { cause: e });
  }
  if (!Array.isArray(json)) throw new Error('expected DefiLlama’s /protocols list: a JSON array of protocols');
  const mapped = mapDefiLlama(json);
  const accepted = await acceptCatalogEntries(db, mapped.dapps);
  await db.catalogImports.bulkPut(accepted.entries);
  return { added: accepted.added, matched: accepted.matched, dropped: { ...mapped.dropped, ...accepted.dropped } };
}
