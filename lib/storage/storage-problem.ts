import { problem, type Problem } from '../activity/problem';

const names = (error: unknown): string[] => {
  const out: string[] = [];
  for (let e: unknown = error, depth = 0; typeof e === 'object' && e !== null && depth < 4; e = (e as { inner?: unknown }).inner, depth++) {
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string') out.push(name);
  }
  return out;
};

/**
 * What a storage failure means for the user, in their words. Dexie wraps the browser's error
 * (an AbortError around a QuotaExceededError), so the whole chain is read. In every case the
 * transaction was rolled back: what was stored before is unchanged.
 */
export function storageProblem(error: unknown): Problem {
  const chain = names(error);
  if (chain.includes('QuotaExceededError')) return problem('storageFull');
  if (chain.some((n) => n === 'DatabaseClosedError' || n === 'MissingAPIError')) return problem('storageClosed');
  if (chain.some((n) => n === 'VersionError' || n === 'BlockedError' || n === 'UpgradeError')) return problem('storageBlocked');
  return problem('errorUnexpected', error instanceof Error ? error.message : String(error));
}
