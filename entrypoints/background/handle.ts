import { classifySender, senderOrigin } from '@/lib/messaging/classify-sender';
import { MESSAGES, type MessageName, type MessageOutput, type ParsedInput } from '@/lib/messaging/messages';
import { onMessage } from '@/lib/messaging/protocol';
import { summarizeIssues } from '@/lib/messaging/summarize-issues';

export interface Caller {
  /** The web page's origin, for a content script; null for Sextant's own pages. */
  origin: string | null;
  tabId: number | null;
  /** 0 for a tab's top frame. */
  frameId: number | null;
}

/**
 * Answers one message. Every handler goes through here: the sender must be the kind the message
 * declares, and the input must pass its schema, before `run` sees it.
 */
export function handle<K extends MessageName>(name: K, run: (input: ParsedInput<K>, caller: Caller) => MessageOutput<K> | Promise<MessageOutput<K>>): void {
  const spec = MESSAGES[name];
  const listen = onMessage as unknown as (type: K, listener: (message: { data: unknown; sender: chrome.runtime.MessageSender }) => unknown) => void;
  listen(name, async ({ data, sender }) => {
    const kind = classifySender(sender, chrome.runtime.id, chrome.runtime.getURL(''));
    if (!kind || !([] as readonly string[]).concat(spec.from).includes(kind)) throw new Error(`${name}: not allowed from this sender`);
    const parsed = spec.input.safeParse(data);
    if (!parsed.success) throw new Error(`${name}: invalid input (${summarizeIssues(parsed.error.issues)})`);
    const integer = (n: unknown) => (Number.isInteger(n) ? (n as number) : null);
    return run(parsed.data as ParsedInput<K>, { origin: kind === 'content' ? senderOrigin(sender) : null, tabId: integer(sender.tab?.id), frameId: integer(sender.frameId) });
  });
}
