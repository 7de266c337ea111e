/** What the background knows about a tab's sidebar: the site its top frame is on and whether a wallet was seen there. */
export interface SidebarTab {
  origin: string;
  walletSeen: boolean;
}

const PREFIX = 'sidebar-tab:';
const key = (tabId: number) => `${PREFIX}${tabId}`;

/**
 * Tabs' sites as the browser reported them to the background (the top frame's content script is
 * the sender), kept in session storage so a restarted service worker still knows them. The sidebar
 * page asks by its own tab id and never names a site itself.
 */
export const sidebarTabs = {
  async get(tabId: number): Promise<SidebarTab | null> {
    const stored = (await browser.storage.session.get(key(tabId)))[key(tabId)] as SidebarTab | undefined;
    return stored ?? null;
  },
  async set(tabId: number, tab: SidebarTab): Promise<void> {
    await browser.storage.session.set({ [key(tabId)]: tab });
  },
  async all(): Promise<Map<number, SidebarTab>> {
    const stored = await browser.storage.session.get(null);
    return new Map(Object.entries(stored).flatMap(([k, tab]) => (k.startsWith(PREFIX) ? [[Number(k.slice(PREFIX.length)), tab as SidebarTab]] : [])));
  },
  async forget(tabId: number): Promise<void> {
    await browser.storage.session.remove(key(tabId));
  },
};
