import { isWebOrigin } from '@/lib/activity/is-web-origin';
import { senderOrigin } from './sender-origin';

/** The tab id and site of a message from Sextant's content script in a tab's top frame; null for anyone else. */
export function topFrameSender(sender: chrome.runtime.MessageSender): { tabId: number; origin: string } | null {
  const origin = senderOrigin(sender);
  const tabId = sender.tab?.id;
  if (sender.frameId !== 0 || tabId === undefined || origin === null || !isWebOrigin(origin)) return null;
  return { tabId, origin };
}

/** The tab id of a message from Sextant's sidebar page framed in a tab; null for anyone else. */
export function sidebarFrameTab(sender: chrome.runtime.MessageSender): number | null {
  const tabId = sender.tab?.id;
  if (sender.id !== chrome.runtime.id || tabId === undefined || !(sender.url ?? '').startsWith(chrome.runtime.getURL('/sidebar.html'))) return null;
  return tabId;
}
