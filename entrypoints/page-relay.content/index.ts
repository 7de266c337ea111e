import { createRelayQueue } from '@/lib/activity/relay-queue';
import { randomUid } from '@/lib/activity/random-uid';
import { listenToObserver } from '@/lib/messaging/page-channel';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import { SAVED_QUEUE_PREFIX, type SavedQueue } from '@/lib/storage/drain-saved-queues';

// The isolated-world half of capture: takes the observer's reports from the page, checks them,
// stamps this frame's origin and forwards them to the background in small batches. What is not
// delivered yet is also kept in extension storage, which outlives this page: if the page is left
// while the worker sleeps, the background finishes the queue (drain-saved-queues.ts).
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  // No `var <name> = (function(){…})()` wrapper: a global would be visible to, and clash with, the page's own.
  globalName: false,
  main(ctx) {
    const key = SAVED_QUEUE_PREFIX + randomUid();
    let left = false;
    const queue = createRelayQueue(location.origin, (batch) => sendMessage('recordObservations', batch), {
      persist: (batch) => (batch ? browser.storage.local.set({ [key]: { batch, left } satisfies SavedQueue }) : browser.storage.local.remove(key)),
    });
    ctx.onInvalidated(listenToObserver(document, (detail) => queue.offer(detail)));
    addEventListener('pagehide', () => {
      left = true;
      queue.leave();
    });
    // Back from the back/forward cache: this relay is alive again and sends its own queue.
    addEventListener('pageshow', () => void (left = false));
    // The popup asks which site this tab shows, for its "pause on this site" switch.
    ctx.onInvalidated(onMessage('pageOrigin', () => location.origin));
  },
});
