import { fromExtensionPage } from './extension-page';
import { sidebarFrameTab } from './sidebar-sender';

/** Runs a handler only for messages from Sextant's own pages; a content script asking is refused. */
export function pageOnly<T>(sender: chrome.runtime.MessageSender, run: () => T): T {
  if (!fromExtensionPage(sender)) throw new Error('not allowed from a web page');
  return run();
}

/** Like pageOnly, and also lets the sidebar page framed in a tab in (feedback, a first ranking). */
export function pageOrSidebar<T>(sender: chrome.runtime.MessageSender, run: () => T): T {
  if (!fromExtensionPage(sender) && sidebarFrameTab(sender) === null) throw new Error('not allowed from a web page');
  return run();
}
