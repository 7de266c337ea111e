import { deleteEverything } from '@/lib/storage/delete-everything';
import { clearErrors, logError } from '@/lib/storage/error-log';
import { importActivityBatch } from '@/lib/storage/import-activity';
import { importExplorerCsv } from '@/lib/storage/import-explorer-csv';
import type { SextantDb } from '@/lib/storage/schema';
import { storageProblem } from '@/lib/storage/storage-problem';
import type { Problem } from '@/lib/activity/problem';
import type { CatalogService } from './catalog-service';
import type { createModelService } from './model-service';
import { handle } from './handle';
import type { Recommender } from './recommender';
import { problem } from '@/lib/activity/problem';

/**
 * "Your data": imports (activity files in batches, explorer CSVs) and deleting everything. Export
 * needs no message: pages read the database themselves, so no file size meets the message limit.
 * A storage failure is answered as a problem the page words, and logged for "recent errors".
 */
export function handleYourData(db: SextantDb, catalog: CatalogService, model: ReturnType<typeof createModelService>, recommender: Recommender): void {
  async function guarded<T extends { ok: boolean }>(where: string, run: () => Promise<T>): Promise<T | { ok: false; problem: Problem }> {
    try {
      const result = await run();
      if (!result.ok && 'problem' in result) await logError(db, where, result.problem as Problem);
      return result;
    } catch (error) {
      const problem = storageProblem(error);
      // The log lives in the same database; when that is what failed, the page still gets the problem.
      await logError(db, where, problem).catch((logFailure: unknown) => console.error('Sextant could not log an error', logFailure));
      return { ok: false, problem };
    }
  }

  handle('importActivityBatch', (batch) =>
    guarded('import', async () => {
      const result = await importActivityBatch(db, batch, (await catalog.get()).lookup);
      if (result.ok && result.catalogAdded > 0) {
        catalog.changed();
        model.catalogChanged();
      }
      if (result.ok) recommender.schedule(true);
      return result;
    }),
  );
  handle('importExplorerCsv', (request) =>
    guarded('import-csv', async () => {
      const result = await importExplorerCsv(db, request, (await catalog.get()).lookup);
      if (result.ok && result.added > 0) recommender.schedule();
      return result;
    }),
  );
  handle('deleteEverything', () =>
    guarded('delete', async () => {
      await deleteEverything(db);
      catalog.changed();
      model.catalogChanged();
      recommender.schedule(true);
      return { ok: true as const };
    }),
  );
  handle('clearErrors', () => clearErrors(db));
  handle('reportError', ({ where, message, problem: key }) => logError(db, where, key ? problem(key) : problem('errorUnexpected', message)));
}
