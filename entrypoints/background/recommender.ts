import { VectorIndex } from '@/lib/embedding/vector-index';
import { needsModel } from '@/lib/ranking/needs-model';
import { rankDapps } from '@/lib/ranking/rank-dapps';
import { toShown } from '@/lib/ranking/to-shown';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { setSetting } from '@/lib/settings/write-setting';
import { isStarterList } from '@/lib/storage/recommendation-state';
import type { SextantDb } from '@/lib/storage/schema';
import { updateProfile } from '@/lib/storage/update-profile';
import type { CatalogService } from './catalog-service';
import { createFailureLog } from './failure-log';

// New activity arrives in bursts (a request, then its outcome): rank once the burst is over.
const SETTLE_MS = 800;
// An import's page sends its next batch as soon as one is answered; a person waits on the result.
export const IMPORT_SETTLE_MS = 150;
const KEEP = 20;
// What a ranking without the model compares with: nothing (popularity needs no model).
const NO_VECTORS = new VectorIndex([], [], 0);

/** What ranking needs of the model service: the catalog's vectors, and whether asking for them would wait. */
export interface RankingModel {
  get(): Promise<{ index: VectorIndex }>;
  isReady(): boolean;
}

/**
 * Keeps the stored ranking current, off the UI's path: pages read it from IndexedDB and never
 * wait for a ranking to be computed.
 */
export function createRecommender(db: SextantDb, catalog: CatalogService, model: RankingModel) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rebuild = false;
  let running = Promise.resolve();
  let awaitingModel = false;
  const failed = createFailureLog(db);
  const stored = new Set<() => void>();

  async function compute(): Promise<void> {
    const fromScratch = rebuild;
    rebuild = false;
    const { dapps, lookup } = await catalog.get();
    const profile = await updateProfile(db, lookup, fromScratch);
    const feedback = await getSetting(db, SETTINGS.feedback);
    const chosen = await getSetting(db, SETTINGS.chains);
    const chains = chosen === 'all' ? undefined : chosen;
    const rank = (index: VectorIndex) => rankDapps({ dapps, index, profile, feedback, chains, top: KEEP }).map((r) => toShown(lookup, r));
    const store = async (items: ReturnType<typeof rank>, refining?: true) => {
      await setSetting(db, SETTINGS.recommendations, { computedAt: Date.now(), items, ...(refining && { refining }) });
      for (const listener of stored) listener();
    };
    // A new user's starter list is ranked on popularity alone. The model is not loaded for it: its
    // loading holds the worker for seconds on a slow machine, and the first activity would wait.
    if (!needsModel(profile, feedback)) return void (await store(rank(NO_VECTORS)));
    // The first personal list need not wait for the model either: ranked on what the activity
    // shows (categories, chains, popularity), it is refined once the model has embedded the catalog.
    if (model.isReady()) return void (await store(rank((await model.get()).index)));
    const previous = await getSetting(db, SETTINGS.recommendations);
    if (!previous || previous.refining || isStarterList(previous.items)) await store(rank(NO_VECTORS), true);
    // The model's ranking follows once it has loaded. Rankings do not queue behind the load: activity
    // meanwhile is ranked without the model at once, or a slow load would leave the list stale.
    if (awaitingModel) return;
    awaitingModel = true;
    model
      .get()
      .then(() => schedule(false, 0))
      .catch(failed('loading the model for recommendations'))
      .finally(() => (awaitingModel = false));
  }

  /** Runs after the ones already queued, so two computations never interleave. */
  const run = () => (running = running.then(compute, compute));

  /** Recompute once `settleMs` pass without more activity; `fromScratch` when old events' weights changed. */
  function schedule(fromScratch = false, settleMs = SETTLE_MS): void {
    rebuild ||= fromScratch;
    clearTimeout(timer);
    timer = setTimeout(() => run().catch(failed('ranking recommendations')), settleMs);
  }

  return {
    schedule,
    /** Calls `listener` after each new ranking is stored (pages that read the database see it by themselves). */
    onStored(listener: () => void): void {
      stored.add(listener);
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
