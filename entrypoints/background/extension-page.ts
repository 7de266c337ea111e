/** True when a message comes from one of Sextant's own pages (popup, new tab, options), not a content script. */
export function fromExtensionPage(sender: chrome.runtime.MessageSender): boolean {
  return sender.id === chrome.runtime.id && !sender.tab?.url?.startsWith('http') && (sender.url ?? '').startsWith(chrome.runtime.getURL(''));
}
