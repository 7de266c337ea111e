import { openDb } from '@/lib/storage/schema';
import { createCatalogService } from './catalog-service';
import { handleCapture } from './handle-capture';
import { handleCatalog } from './handle-catalog';
import { handleModel } from './handle-model';
import { createModelService } from './model-service';

// The background owns the database (the only writer), the catalog and the model, and answers
// every message; the handlers below only wire messages to lib/.
export default defineBackground(() => {
  const db = openDb();
  const catalog = createCatalogService(db);
  const model = createModelService(db, catalog);
  handleCapture(db, catalog);
  handleModel(db, model);
  handleCatalog(db, catalog, model);
});
