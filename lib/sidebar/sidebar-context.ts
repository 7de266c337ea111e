import type { SiteVerdict } from '../safety/site-verdict';

/** A catalog dApp as the sidebar names it. */
export interface SidebarDapp {
  id: string;
  name: string;
  category: string;
  /** Further categories it belongs to. */
  secondary: string[];
  chains: number[];
  description: string;
  url: string;
}

/** What the sidebar page shows about the site its tab is on. */
export interface SidebarContext {
  /** The tab the sidebar is framed in, so it can resize itself through its own content script. */
  tabId: number;
  origin: string;
  /** The site check's verdict on the site. */
  check: SiteVerdict;
  /** The dApp this site is (verdict `known`). */
  dapp: SidebarDapp | null;
  /** The dApp a lookalike or phishing site imitates, when the check names one. */
  resembles: SidebarDapp | null;
  expanded: boolean;
}
