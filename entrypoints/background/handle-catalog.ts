import { catalogChains } from '@/lib/catalog/catalog-chains';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { setSetting } from '@/lib/settings/write-setting';
import { importDefiLlama } from '@/lib/storage/catalog-imports';
import type { SextantDb } from '@/lib/storage/schema';
import type { CatalogService } from './catalog-service';
import type { createModelService } from './model-service';
import { handle } from './handle';
import type { Recommender } from './recommender';

/** Catalog imports from a local file, the opt-in refresh from a URL the user gives, and the chains the catalog covers. */
export function handleCatalog(db: SextantDb, catalog: CatalogService, model: ReturnType<typeof createModelService>, recommender: Recommender): void {
  async function importText(text: string) {
    const result = await importDefiLlama(db, text);
    catalog.changed();
    model.catalogChanged();
    recommender.schedule(true);
    return result;
  }
  handle('importCatalog', (text) => importText(text));
  handle('setCatalogRefresh', (setting) => setSetting(db, SETTINGS.catalogRefresh, setting));
  handle('catalogChains', async () => catalogChains((await catalog.get()).dapps));
  // The only request Sextant ever makes to the network, and only once the user has turned it on.
  handle('refreshCatalog', async () => {
    const setting = await getSetting(db, SETTINGS.catalogRefresh);
    if (!setting.enabled) throw new Error('the catalog refresh is off');
    const response = await fetch(setting.url, { credentials: 'omit', cache: 'no-store' });
    if (!response.ok) throw new Error(`${setting.url} answered ${response.status}`);
    return importText(await response.text());
  });
}
