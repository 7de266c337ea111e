import { readExplorerCsv, type ExplorerCsvOptions, type ExplorerSkips } from '../activity/read-explorer-csv';
import { problem, type Problem } from '../activity/problem';
import type { Rejections } from '../activity/read-file-events';
import { contractKey, type CatalogLookup } from '../catalog/catalog-lookup';
import { isKnownChain } from '../catalog/chains';
import { z } from '../zod';
import { importEvents, type ImportCounts } from './import-events';
import type { SextantDb } from './schema';

export const explorerCsvRequestSchema = z.object({
  text: z.string(),
  fileName: z.string().max(1000).optional(),
  chainId: z.number().int().refine((n): boolean => isKnownChain(n)).optional(),
});

export type ExplorerCsvRequest = z.infer<typeof explorerCsvRequestSchema>;

/** What an explorer file needs from the catalog: which contracts it knows, and their dApps' categories. */
export function catalogCsvOptions(lookup: CatalogLookup): Required<Pick<ExplorerCsvOptions, 'isKnownContract' | 'categoryOf'>> {
  return {
    isKnownContract: (chain, address) => lookup.byContract.has(contractKey(chain, address)),
    categoryOf: (chain, address) => lookup.byContract.get(contractKey(chain, address))?.[0]?.category,
  };
}

export type ExplorerImportResult =
  | ({ ok: true; chainId: number; skipped: ExplorerSkips } & ImportCounts)
  | { ok: false; problem: Problem; rejections?: Rejections };

/** Imports an explorer's transaction export: every row the address sent, or nothing if one is unreadable. */
export async function importExplorerCsv(db: SextantDb, input: unknown, lookup: CatalogLookup): Promise<ExplorerImportResult> {
  const request = explorerCsvRequestSchema.safeParse(input);
  if (!request.success) return { ok: false, problem: problem('importBadBatch') };
  const { text, fileName, chainId } = request.data;
  const read = readExplorerCsv(text, { fileName, chainId, ...catalogCsvOptions(lookup) });
  if (!read.ok) return read;
  if (read.rejections.count > 0) return { ok: false, problem: problem('importInvalidEvents', read.rejections.count, read.events.length + read.rejections.count), rejections: read.rejections };
  const counts = await importEvents(db, read.events, lookup);
  return { ok: true, chainId: read.chainId, skipped: read.skipped, ...counts };
}
