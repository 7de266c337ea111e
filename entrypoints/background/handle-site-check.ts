import { checkSite } from '@/lib/safety/check-site';
import type { CatalogService } from './catalog-service';
import { handle } from './handle';

/** The site check, answered from the catalog and the bundled phishing list only, never from the user's history. */
export function handleSiteCheck(catalog: CatalogService): void {
  handle('checkSite', async ({ url }) => checkSite(url, (await catalog.get()).sites));
}
