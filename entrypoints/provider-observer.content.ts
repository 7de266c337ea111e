import { randomUid } from '@/lib/activity/random-uid';
import { openObserverChannel } from '@/lib/messaging/page-channel';
import { createInstrumenter } from '@/lib/observer/instrument-provider';
import { watchProviders } from '@/lib/observer/watch-providers';

// Runs in the page's own JavaScript world at document_start, so it sees the earliest wallet calls.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  world: 'MAIN',
  runAt: 'document_start',
  // No `var <name> = (function(){…})()` wrapper: a global would be visible to, and clash with, the page's own.
  globalName: false,
  main() {
    const instrumenter = createInstrumenter({
      emit: openObserverChannel(document),
      now: () => Date.now(),
      uid: randomUid,
    });
    watchProviders(window, instrumenter);
  },
});
