import { createRelayQueue } from '@/lib/activity/relay-queue';
import { listenToObserver } from '@/lib/messaging/page-channel';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';

// The isolated-world half of capture: takes the observer's reports from the page, checks them,
// stamps this frame's origin and forwards them to the background in small batches.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  main(ctx) {
    const queue = createRelayQueue(location.origin, (batch) => sendMessage('recordObservations', batch));
    ctx.onInvalidated(listenToObserver(document, (detail) => queue.offer(detail)));
    // Send what is queued before the page goes away.
    addEventListener('pagehide', () => queue.flush());
    // The popup asks which site this tab shows, for its "pause on this site" switch.
    ctx.onInvalidated(onMessage('pageOrigin', () => location.origin));
  },
});
