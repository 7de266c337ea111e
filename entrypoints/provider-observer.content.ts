import { openObserverChannel } from '@/lib/messaging/page-channel';
import { createInstrumenter } from '@/lib/observer/instrument-provider';
import { dateNow } from '@/lib/observer/intrinsics';
import { pageUid } from '@/lib/observer/page-uid';
import { watchProviders } from '@/lib/observer/watch-providers';

// Runs in the page's own JavaScript world at document_start, so it sees the earliest wallet calls.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  world: 'MAIN',
  runAt: 'document_start',
  // No `var <name> = (function(){…})()` wrapper: a global would be visible to, and clash with, the page's own.
  globalName: false,
  main() {
    // Captured now, before any page script: everything the observer calls later was taken here or in lib/observer/intrinsics.ts.
    const setTimeoutNative = setTimeout;
    const instrumenter = createInstrumenter({
      emit: openObserverChannel(document),
      now: () => dateNow(),
      uid: pageUid,
      later: (task) => void setTimeoutNative(task, 0),
    });
    watchProviders(window, instrumenter);
    // What was observed but not sent yet goes to the relay before the page is left (the relay saves it on pagehide,
    // and a capture listener on the window runs before its own).
    addEventListener('pagehide', () => instrumenter.flush(), { __proto__: null, capture: true } as AddEventListenerOptions);
  },
});
