import { problem, type Problem } from '../activity/problem';

/** The storage failures a user is told about, each a locale key (en and id). */
export const STORAGE_PROBLEMS = ['storageFull', 'storageClosed', 'storageBlocked', 'storageUpgraded', 'storageFailed'] as const;
export type StorageProblemKey = (typeof STORAGE_PROBLEMS)[number];

const names = (error: unknown): string[] => {
  const out: string[] = [];
  for (let e: unknown = error, depth = 0; typeof e === 'object' && e !== null && depth < 4; e = (e as { inner?: unknown }).inner, depth++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') out.push(name);
  }
  return out;
};

// Dexie's names for a database that could not be opened (IndexedDB missing, an upgrade that
// failed, the browser refusing); every later query fails with a DatabaseClosedError around one.
const OPEN_FAILURES = ['MissingAPIError', 'OpenFailedError', 'UpgradeError', 'InvalidStateError', 'UnknownError', 'DataError', 'SchemaError'];

/**
 * What a storage failure means for the user, in their words. Dexie wraps the browser's error
 * (an AbortError around a QuotaExceededError), so the whole chain is read, the cause first. In every
 * case the transaction was rolled back: what was stored before is unchanged.
 */
export function storageProblem(error: unknown): Problem {
  const chain = names(error);
  if (chain.includes('QuotaExceededError')) return problem('storageFull');
  if (chain.includes('BlockedError')) return problem('storageBlocked');
  // A newer Sextant upgraded the database while this page still runs the older code.
  if (chain.includes('VersionError')) return problem('storageUpgraded');
  if (chain.some((n) => OPEN_FAILURES.includes(n))) return problem('storageFailed');
  if (chain.includes('DatabaseClosedError')) {
    // Closed around something else: an open that failed (an upgrade function that threw, say).
    return chain.every((n) => n === 'DatabaseClosedError') ? problem('storageClosed') : problem('storageFailed');
  }
  return problem('errorUnexpected', error instanceof Error ? error.message : String(error));
}
