import { logError } from '@/lib/storage/error-log';
import type { SextantDb } from '@/lib/storage/schema';
import { storageProblem } from '@/lib/storage/storage-problem';

export type FailureLog = (where: string) => (error: unknown) => void;

/**
 * Where work nobody awaits reports its failure: the console, and the "Recent errors" list in the
 * new tab's "Your data" (stored locally; nothing is sent anywhere).
 */
export function createFailureLog(db: SextantDb): FailureLog {
  return (where) => (error) => {
    console.error(`Sextant: ${where} failed`, error);
    logError(db, where, storageProblem(error)).catch((logFailure: unknown) => console.error('Sextant: could not record a failure', logFailure));
  };
}
