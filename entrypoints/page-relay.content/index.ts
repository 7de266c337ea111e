import { PAGE_EVENT } from '@/lib/messaging/page-channel';
import { createRelayQueue } from './relay-queue';

// The isolated-world half of capture: takes the observer's reports from the page, checks them,
// stamps this frame's origin and forwards them to the background in small batches.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  main(ctx) {
    const queue = createRelayQueue(location.origin);
    const onObservation = (event: Event) => queue.offer((event as CustomEvent).detail);
    document.addEventListener(PAGE_EVENT, onObservation);
    ctx.onInvalidated(() => document.removeEventListener(PAGE_EVENT, onObservation));
    // Send what is queued before the page goes away.
    addEventListener('pagehide', () => queue.flush());
  },
});
