import { useEffect, useState } from 'react';
import { isWebOrigin } from '@/lib/activity/is-web-origin';
import { sendMessage } from '@/lib/messaging/protocol';
import { reportFailure } from '../shared/report-failure';

/** The tab the popup is about: `?tab=ID` when a page opened it for a tab, else the active tab of this window. */
async function targetTab(): Promise<Browser.tabs.Tab | undefined> {
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(asked) && asked > 0) return browser.tabs.get(asked);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * The http(s) origin of the page the popup was opened over, or null. Chromium fills `tab.url` only
 * for hosts the extension may read (activeTab grants that for a toolbar click, but not when the
 * popup is opened any other way), so the page's own relay content script is asked first; its answer
 * is checked, since a page's renderer is not trusted.
 */
export function useActiveSite(): string | null {
  const [site, setSite] = useState<string | null>(null);
  useEffect(() => {
    (async () => {
      const tab = await targetTab();
      if (tab?.id === undefined) return;
      const fromRelay = await sendMessage('pageOrigin', undefined, tab.id).catch(() => null);
      if (typeof fromRelay === 'string' && isWebOrigin(fromRelay)) return setSite(fromRelay);
      // No relay in the tab (a page opened before Sextant was installed): the URL, when it is shown.
      const fromUrl = tab.url ? new URL(tab.url).origin : null;
      if (fromUrl && isWebOrigin(fromUrl)) setSite(fromUrl);
    })().catch(reportFailure('finding this tab’s site'));
  }, []);
  return site;
}
