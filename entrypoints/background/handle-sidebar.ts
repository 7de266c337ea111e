import type { Dapp } from '@/lib/catalog/dapp-schema';
import { checkSite } from '@/lib/safety/check-site';
import { isWebOrigin } from '@/lib/activity/is-web-origin';
import { sendMessage } from '@/lib/messaging/protocol';
import type { SidebarDapp } from '@/lib/sidebar/sidebar-context';
import { sidebarLayout, type SidebarLayout } from '@/lib/sidebar/sidebar-layout';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { applySidebarChange } from '@/lib/sidebar/sidebar-settings';
import { siteActions, siteEvents } from '@/lib/sidebar/site-actions';
import type { SextantDb } from '@/lib/storage/schema';
import type { CatalogService } from './catalog-service';
import type { Recommender } from './recommender';
import { handle, type Caller } from './handle';
import { sidebarTabs, type SidebarTab } from './sidebar-tabs';
import { tokenInfo } from '@/lib/tokens/token-info';

const warn = (what: string) => (e: unknown) => console.warn(`Sextant: ${what}`, e);

const view = (d: Dapp | undefined): SidebarDapp | null =>
  d ? { id: d.id, name: d.name, category: d.category, secondary: d.secondary, chains: d.chains, description: d.description, url: d.origins[0]! } : null;

/** The tab and site of a content script in a tab's top frame; null for anyone else. */
function topFrame({ tabId, origin, frameId }: Caller): { tabId: number; origin: string } | null {
  return frameId === 0 && tabId !== null && origin !== null && isWebOrigin(origin) ? { tabId, origin } : null;
}

/** Where the in-page sidebar appears and what it shows; see lib/sidebar. */
export function handleSidebar(db: SextantDb, catalog: CatalogService, recommender: Recommender) {
  // A page's first layout request and its first wallet activity can arrive together: each reads and
  // writes the tab's record, so they take turns, or one would overwrite what the other saw.
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const next = turn.then(work, work);
    turn = next.catch(() => undefined);
    return next;
  };
  async function layoutFor(tab: SidebarTab): Promise<SidebarLayout> {
    const { verdict } = checkSite(tab.origin, (await catalog.get()).sites);
    return sidebarLayout({ origin: tab.origin, verdict, walletSeen: tab.walletSeen, settings: await getSetting(db, SETTINGS.sidebar) });
  }
  async function redraw(tabId: number, tab: SidebarTab): Promise<void> {
    await sendMessage('applySidebarLayout', await layoutFor(tab), { tabId, frameId: 0 });
  }
  // Sent into the tab, not broadcast: Firefox delivers runtime messages to extension pages only, and
  // an extension frame inside a web page gets only what is sent to the tab (w3c/webextensions#35).
  const changed = (tabId: number) => sendMessage('sidebarChanged', tabId, tabId).catch(warn(`sidebar in tab ${tabId} not told of a change`));
  async function frameTab({ tabId }: Caller): Promise<{ tabId: number; tab: SidebarTab }> {
    const tab = tabId === null ? null : await sidebarTabs.get(tabId);
    if (tabId === null || !tab) throw new Error('not a sidebar on a known tab');
    return { tabId, tab };
  }

  handle('sidebarLayout', async (_, caller) => {
    const top = topFrame(caller);
    if (!top) throw new Error('only a page\'s top frame has a sidebar');
    return inTurn(async () => {
      // A new page in the tab starts without a wallet seen, unless it is the same site reloading (or
      // its wallet activity arrived before this request).
      const previous = await sidebarTabs.get(top.tabId);
      const tab = { origin: top.origin, walletSeen: previous?.origin === top.origin && previous.walletSeen };
      await sidebarTabs.set(top.tabId, tab);
      return layoutFor(tab);
    });
  });

  handle('sidebarContext', async (_, caller) => {
    const { tabId, tab } = await frameTab(caller);
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

  handle('sidebarActions', async (_, caller) => {
    const { tab } = await frameTab(caller);
    const { lookup, sites } = await catalog.get();
    return siteActions(await siteEvents(db, tab.origin), lookup, checkSite(tab.origin, sites).dappId ?? null, (chainId, address) => tokenInfo(chainId, address) ?? null);
  });

  handle('sidebarRecommendations', async (_, caller) => {
    await frameTab(caller);
    // The first ranking is computed on demand, as the popup's first open asks for one.
    if (!(await getSetting(db, SETTINGS.recommendations))) await recommender.now();
    return { stored: await getSetting(db, SETTINGS.recommendations), liked: (await getSetting(db, SETTINGS.feedback)).liked };
  });

  handle('setSidebarExpanded', async (expanded, caller) => {
    const { tabId, tab } = await frameTab(caller);
    await applySidebarChange(db, { scope: 'expanded', origin: tab.origin, expanded });
    await redraw(tabId, tab);
  });

  handle('hideSidebarHere', async (_, caller) => {
    const { tabId, tab } = await frameTab(caller);
    await applySidebarChange(db, { scope: 'origin', origin: tab.origin, off: true });
    await redraw(tabId, tab);
  });

  handle('setSidebar', async (change) => void (await applySidebarChange(db, change)));

  // A frame inside a web page cannot read Sextant's database, so a new ranking (the model's refinement,
  // feedback given elsewhere) is announced to every tab that shows a sidebar.
  recommender.onStored(() => {
    void sidebarTabs.all().then(async (tabs) => {
      for (const [tabId, tab] of tabs) if ((await layoutFor(tab)).show) await changed(tabId);
    }, warn('sidebars not told of a new ranking'));
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    sidebarTabs.forget(tabId).catch((e: unknown) => console.warn('Sextant: closed tab not forgotten', e));
  });

  return {
    /**
     * The relay in a tab's top frame delivered wallet activity: a wallet is here, so the sidebar may
     * appear, and a sidebar already there shows the new actions.
     */
    async activity(caller: Caller): Promise<void> {
      const top = topFrame(caller);
      if (!top) return;
      const seen = { origin: top.origin, walletSeen: true };
      const first = await inTurn(async () => {
        // The tab's record may not exist yet (the page's sidebar script asks for its layout later) or
        // be an earlier page's: either way this page has a wallet.
        const tab = await sidebarTabs.get(top.tabId);
        if (tab?.origin === top.origin && tab.walletSeen) return false;
        await sidebarTabs.set(top.tabId, seen);
        return true;
      });
      if (first) await redraw(top.tabId, seen);
      const layout = await layoutFor(seen);
      if (layout.show) await changed(top.tabId);
    },
  };
}
