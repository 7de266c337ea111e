import { rankDapps } from '@/lib/ranking/rank-dapps';
import { toShown } from '@/lib/ranking/to-shown';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { setSetting } from '@/lib/settings/write-setting';
import type { SextantDb } from '@/lib/storage/schema';
import { updateProfile } from '@/lib/storage/update-profile';
import type { CatalogService } from './catalog-service';
import type { createModelService } from './model-service';
import { createFailureLog } from './failure-log';

// New activity arrives in bursts (a request, then its outcome): rank once the burst is over.
const SETTLE_MS = 800;
const KEEP = 20;

/**
 * Keeps the stored ranking current, off the UI's path: pages read it from IndexedDB and never
 * wait for a ranking to be computed.
 */
export function createRecommender(db: SextantDb, catalog: CatalogService, model: ReturnType<typeof createModelService>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rebuild = false;
  let running = Promise.resolve();
  const failed = createFailureLog(db);

  async function compute(): Promise<void> {
    const fromScratch = rebuild;
    rebuild = false;
    const { dapps, lookup } = await catalog.get();
    const profile = await updateProfile(db, lookup, fromScratch);
    const { index } = await model.get();
    const chains = await getSetting(db, SETTINGS.chains);
    const items = rankDapps({ dapps, index, profile, feedback: await getSetting(db, SETTINGS.feedback), chains: chains === 'all' ? undefined : chains, top: KEEP });
    await setSetting(db, SETTINGS.recommendations, { computedAt: Date.now(), items: items.map((r) => toShown(lookup, r)) });
  }

  /** Runs after the ones already queued, so two computations never interleave. */
  const run = () => (running = running.then(compute, compute));

  return {
    /** Recompute soon; `fromScratch` when old events' weights changed. */
    schedule(fromScratch = false): void {
      rebuild ||= fromScratch;
      clearTimeout(timer);
      timer = setTimeout(() => run().catch(failed('ranking recommendations')), SETTLE_MS);
    },
    /** Recompute now (feedback must show at once). */
    now(fromScratch = false): Promise<void> {
      rebuild ||= fromScratch;
      clearTimeout(timer);
      return run();
    },
  };
}

export type Recommender = ReturnType<typeof createRecommender>;
