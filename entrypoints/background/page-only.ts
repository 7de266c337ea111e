import { fromExtensionPage } from './extension-page';

/** Runs a handler only for messages from Sextant's own pages; a content script asking is refused. */
export function pageOnly<T>(sender: chrome.runtime.MessageSender, run: () => T): T {
  if (!fromExtensionPage(sender)) throw new Error('not allowed from a web page');
  return run();
}
