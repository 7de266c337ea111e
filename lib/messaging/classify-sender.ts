import type { SenderKind } from './messages';

/** The fields of a browser's MessageSender that decide who is asking. */
export interface SenderFacts {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/**
 * Who sent a message, from what the browser reports (never from the message itself): one of
 * Sextant's own pages, Sextant's content script in a web page, or nobody Sextant answers.
 */
export function classifySender(sender: SenderFacts, extensionId: string, extensionUrl: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  // Read as the browser's types say, and anything else as absent: a malformed sender is nobody.
  const url = typeof sender.url === 'string' ? sender.url : '';
  const tab = typeof sender.tab === 'object' && sender.tab !== null ? sender.tab : undefined;
  const tabUrl = typeof tab?.url === 'string' ? tab.url : '';
  if (url.startsWith(`${extensionUrl}sidebar.html`)) return Number.isInteger(tab?.id) ? 'sidebar' : null;
  if (url.startsWith(extensionUrl) && !tabUrl.startsWith('http')) return 'page';
  if (tab && /^https?:/.test(url)) return 'content';
  return null;
}

/** The web origin of a content script's page, as the browser reports it. */
export function senderOrigin(sender: SenderFacts): string | null {
  if (typeof sender.origin === 'string' && sender.origin && sender.origin !== 'null') return sender.origin;
  try {
    return typeof sender.url === 'string' && sender.url ? new URL(sender.url).origin : null;
  } catch {
    return null;
  }
}
