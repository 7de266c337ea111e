import { enrichEvent } from '@/lib/attribution/enrich-event';
import { defaultLookup } from '@/lib/catalog/default-lookup';
import { enrichMissing } from '@/lib/storage/enrich-missing';
import { readRecommendations } from '@/lib/storage/recommendation-state';
import { openDb } from '@/lib/storage/schema';
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

// The background owns the database (the only writer), the catalog and the model, and answers
// every message; the handlers below only wire messages to lib/.
export default defineBackground(() => {
  const enrich = (e: Parameters<typeof enrichEvent>[1]) => enrichEvent(defaultLookup(), e);
  const db = openDb('sextant', { enrich });
  enrichMissing(db, enrich).catch(createFailureLog(db)('enriching older events'));
  const catalog = createCatalogService(db);
  const model = createModelService(db, catalog);
  const recommender = createRecommender(db, catalog, model);
  const sidebar = handleSidebar(db, catalog, recommender);
  handleCapture(db, catalog, recommender, (caller) => sidebar.activity(caller));
  handleModel(db, model);
  handleCatalog(db, catalog, model, recommender);
  handleRecommendations(db, recommender);
  handleSiteCheck(catalog);
  handleYourData(db, catalog, model, recommender);
  // A fresh install (or a wiped database) has no ranking: make the starter list before anyone opens the popup.
  readRecommendations(db)
    .then((stored) => (stored ? undefined : recommender.now()))
    .catch(createFailureLog(db)('making the first ranking'));
});
