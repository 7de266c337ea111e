import type { Dapp } from '@/lib/catalog/dapp-schema';
import { checkSite } from '@/lib/safety/check-site';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { sidebarChangeSchema } from '@/lib/messaging/sidebar-change-schema';
import type { SidebarDapp } from '@/lib/sidebar/sidebar-context';
import { sidebarLayout, type SidebarLayout } from '@/lib/sidebar/sidebar-layout';
import { applySidebarChange, readSidebarSettings } from '@/lib/sidebar/sidebar-settings';
import { siteActions, siteEvents } from '@/lib/sidebar/site-actions';
import { readFeedback, readRecommendations } from '@/lib/storage/recommendation-state';
import type { SextantDb } from '@/lib/storage/schema';
import type { CatalogService } from './catalog-service';
import type { Recommender } from './recommender';
import { pageOnly } from './page-only';
import { sidebarFrameTab, topFrameSender } from './sidebar-sender';
import { sidebarTabs, type SidebarTab } from './sidebar-tabs';

const view = (d: Dapp | undefined): SidebarDapp | null =>
  d ? { id: d.id, name: d.name, category: d.category, secondary: d.secondary, chains: d.chains, description: d.description, url: d.origins[0]! } : null;

/** Where the in-page sidebar appears and what it shows; see lib/sidebar. */
export function handleSidebar(db: SextantDb, catalog: CatalogService, recommender: Recommender) {
  async function layoutFor(tab: SidebarTab): Promise<SidebarLayout> {
    const { verdict } = checkSite(tab.origin, (await catalog.get()).sites);
    return sidebarLayout({ origin: tab.origin, verdict, walletSeen: tab.walletSeen, settings: await readSidebarSettings(db) });
  }
  async function redraw(tabId: number, tab: SidebarTab): Promise<void> {
    await sendMessage('applySidebarLayout', await layoutFor(tab), { tabId, frameId: 0 });
  }
  async function frameTab(sender: chrome.runtime.MessageSender): Promise<{ tabId: number; tab: SidebarTab }> {
    const tabId = sidebarFrameTab(sender);
    const tab = tabId === null ? null : await sidebarTabs.get(tabId);
    if (tabId === null || !tab) throw new Error('not a sidebar on a known tab');
    return { tabId, tab };
  }

  onMessage('sidebarLayout', async ({ sender }) => {
    const top = topFrameSender(sender);
    if (!top) throw new Error('only a page\'s top frame has a sidebar');
    // A new page in the tab starts without a wallet seen, unless it is the same site reloading.
    const previous = await sidebarTabs.get(top.tabId);
    const tab = { origin: top.origin, walletSeen: previous?.origin === top.origin && previous.walletSeen };
    await sidebarTabs.set(top.tabId, tab);
    return layoutFor(tab);
  });

  onMessage('sidebarContext', async ({ sender }) => {
    const { tabId, tab } = await frameTab(sender);
    const { lookup, sites } = await catalog.get();
    const check = checkSite(tab.origin, sites);
    const layout = await layoutFor(tab);
    return {
      tabId,
      origin: tab.origin,
      check,
      dapp: view(check.dappId ? lookup.byId.get(check.dappId) : undefined),
      resembles: view(check.resembles ? lookup.byId.get(check.resembles) : undefined),
      expanded: layout.expanded,
    };
  });

  onMessage('sidebarActions', async ({ sender }) => {
    const { tab } = await frameTab(sender);
    const { lookup, sites } = await catalog.get();
    return siteActions(await siteEvents(db, tab.origin), lookup, checkSite(tab.origin, sites).dappId ?? null);
  });

  onMessage('sidebarRecommendations', async ({ sender }) => {
    await frameTab(sender);
    // The first ranking is computed on demand, as the popup's first open asks for one.
    if (!(await readRecommendations(db))) await recommender.now();
    return { stored: await readRecommendations(db), liked: (await readFeedback(db)).liked };
  });

  onMessage('setSidebarExpanded', async ({ data, sender }) => {
    const { tabId, tab } = await frameTab(sender);
    await applySidebarChange(db, { scope: 'expanded', origin: tab.origin, expanded: data === true });
    await redraw(tabId, tab);
  });

  onMessage('hideSidebarHere', async ({ sender }) => {
    const { tabId, tab } = await frameTab(sender);
    await applySidebarChange(db, { scope: 'origin', origin: tab.origin, off: true });
    await redraw(tabId, tab);
  });

  onMessage('setSidebar', ({ data, sender }) => pageOnly(sender, async () => void (await applySidebarChange(db, sidebarChangeSchema.parse(data)))));

  browser.tabs.onRemoved.addListener((tabId) => void sidebarTabs.forget(tabId));

  return {
    /**
     * The relay in a tab's top frame delivered wallet activity: a wallet is here, so the sidebar may
     * appear, and a sidebar already there shows the new actions.
     */
    async activity(sender: chrome.runtime.MessageSender): Promise<void> {
      const top = topFrameSender(sender);
      const tab = top && (await sidebarTabs.get(top.tabId));
      if (!top || !tab || tab.origin !== top.origin) return;
      if (!tab.walletSeen) {
        const seen = { ...tab, walletSeen: true };
        await sidebarTabs.set(top.tabId, seen);
        await redraw(top.tabId, seen);
      }
      const layout = await layoutFor({ ...tab, walletSeen: true });
      if (layout.show) await sendMessage('sidebarChanged', top.tabId);
    },
  };
}
