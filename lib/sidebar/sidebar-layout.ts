import type { SiteVerdictKind } from '../safety/site-verdict';
import type { SidebarSettings } from './sidebar-settings';

/** How the in-page sidebar is drawn: hidden, a small handle, or open; `alert` when the site check warns. */
export interface SidebarLayout {
  show: boolean;
  expanded: boolean;
  alert: boolean;
}

export interface SidebarLayoutInput {
  origin: string;
  verdict: SiteVerdictKind;
  /** A page script talked to a wallet provider here. */
  walletSeen: boolean;
  settings: SidebarSettings;
}

/**
 * The sidebar appears on known dApps, on pages with a wallet, and on sites the check warns about;
 * a warning opens it. The person's off switches always win: Sextant never forces itself on a page.
 */
export function sidebarLayout({ origin, verdict, walletSeen, settings }: SidebarLayoutInput): SidebarLayout {
  const alert = verdict === 'lookalike' || verdict === 'phishing';
  const hidden = { show: false, expanded: false, alert };
  if (settings.off || settings.offOrigins.includes(origin)) return hidden;
  if (!alert && verdict !== 'known' && !walletSeen) return hidden;
  return { show: true, expanded: alert || settings.expandedOrigins.includes(origin), alert };
}
