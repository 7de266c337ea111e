import { onMessage } from '@/lib/messaging/protocol';
import { siteCheckRequestSchema } from '@/lib/messaging/site-check-request-schema';
import { checkSite } from '@/lib/safety/check-site';
import type { CatalogService } from './catalog-service';

/**
 * The site check. Open to Sextant's content scripts as well as its pages: the answer comes from
 * the catalog and the bundled phishing list only, never from the user's history.
 */
export function handleSiteCheck(catalog: CatalogService): void {
  onMessage('checkSite', async ({ data, sender }) => {
    if (sender.id !== chrome.runtime.id) throw new Error('not allowed from another extension');
    const { url } = siteCheckRequestSchema.parse(data);
    return checkSite(url, (await catalog.get()).sites);
  });
}
