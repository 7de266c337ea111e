import type { IngestResult } from './ingest-observations';

/**
 * Whether a page's batch shows that a script there talked to a wallet: something was stored or
 * updated, refused only because the site is paused, or already stored. The last happens when the
 * saved-queue drain stored a live page's queue before its relay's own message arrived; the drain
 * knows no tab, so only the relay's message can tell the sidebar.
 */
export function showsWallet(result: IngestResult): boolean {
  return result.stored > 0 || result.updated > 0 || (result.drops.paused ?? 0) > 0 || (result.drops.duplicate ?? 0) > 0;
}
