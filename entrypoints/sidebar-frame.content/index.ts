import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import type { SidebarLayout } from '@/lib/sidebar/sidebar-layout';
import { mountSidebarFrame } from './mount-sidebar-frame';

// Draws Sextant's sidebar beside the page when the background says so. The frame is an extension
// page (cross-origin to the page) inside a closed shadow root; nothing it shows passes through here.
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    let frame: ReturnType<typeof mountSidebarFrame> | null = null;
    const draw = (layout: SidebarLayout) => {
      if (!layout.show) {
        frame?.remove();
        frame = null;
        return;
      }
      frame ??= mountSidebarFrame(ctx, browser.i18n.getMessage('sidebarFrameTitle'));
      frame.resize(layout.expanded);
    };
    // Listen first: the background may push a layout (a wallet appeared) as soon as it knows this tab.
    // A pushed layout is newer than the answer to this script's own request, which may arrive after it.
    let pushed = false;
    ctx.onInvalidated(
      onMessage('applySidebarLayout', ({ data }) => {
        pushed = true;
        draw(data);
      }),
    );
    const initial = await sendMessage('sidebarLayout');
    if (!pushed) draw(initial);
  },
});
