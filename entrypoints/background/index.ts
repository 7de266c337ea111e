import { enrichEvent } from '@/lib/attribution/enrich-event';
import { defaultLookup } from '@/lib/catalog/default-lookup';
import { enrichMissing } from '@/lib/storage/enrich-missing';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { logError } from '@/lib/storage/error-log';
import { openDb } from '@/lib/storage/schema';
import { watchDatabase } from '@/lib/storage/watch-database';
import { createCatalogService } from './catalog-service';
import { handleCapture } from './handle-capture';
import { handleCatalog } from './handle-catalog';
import { handleModel } from './handle-model';
import { handleRecommendations } from './handle-recommendations';
import { handleSidebar } from './handle-sidebar';
import { handleSiteCheck } from './handle-site-check';
import { handleYourData } from './handle-your-data';
import { createModelService } from './model-service';
import { createRecommender } from './recommender';
import { createFailureLog } from './failure-log';
import { checkStoredSettings } from './check-stored-settings';

const noLog = (logFailure: unknown) => console.error('Sextant: could not record a failure', logFailure);

// The background owns the database (the only writer), the catalog and the model, and answers
// every message; the handlers below only wire messages to lib/.
export default defineBackground(() => {
  const enrich = (e: Parameters<typeof enrichEvent>[1]) => enrichEvent(defaultLookup(), e);
  const db = openDb('sextant', { enrich });
  const failed = createFailureLog(db);
  // The log lives in the same database: a blocked upgrade's entry is written once it proceeds.
  watchDatabase(db, (health) => {
    if (health.ok) return;
    console.error('Sextant: storage problem', health.problem.key);
    logError(db, 'storage', health.problem).catch(noLog);
  });
  enrichMissing(db, enrich).catch(failed('enriching older events'));
  const catalog = createCatalogService(db);
  // Nearly every message the worker wakes for needs the catalog: building it now overlaps the
  // database's opening (a fresh install's starter list waits on both).
  catalog.get().catch(failed('loading the catalog'));
  const model = createModelService(db, catalog);
  const recommender = createRecommender(db, catalog, model);
  checkStoredSettings(db, recommender).catch(failed('checking stored settings'));
  const sidebar = handleSidebar(db, catalog, recommender);
  handleCapture(db, catalog, recommender, (caller) => sidebar.activity(caller));
  handleModel(db, model);
  handleCatalog(db, catalog, model, recommender);
  handleRecommendations(db, recommender);
  handleSiteCheck(catalog);
  handleYourData(db, catalog, model, recommender);
  // A fresh install (or a wiped database) has no ranking: make the starter list before anyone opens the popup.
  getSetting(db, SETTINGS.recommendations)
    .then((stored) => (stored ? undefined : recommender.now()))
    .catch(createFailureLog(db)('making the first ranking'));
});
