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
  const url = sender.url ?? '';
  if (url.startsWith(`${extensionUrl}sidebar.html`) && sender.tab?.id !== undefined) return 'sidebar';
  if (url.startsWith(extensionUrl) && !sender.tab?.url?.startsWith('http')) return 'page';
  if (sender.tab && /^https?:/.test(url)) return 'content';
  return null;
}

/** The web origin of a content script's page, as the browser reports it. */
export function senderOrigin(sender: SenderFacts): string | null {
  if (sender.origin && sender.origin !== 'null') return sender.origin;
  try {
    return sender.url ? new URL(sender.url).origin : null;
  } catch {
    return null;
  }
}
