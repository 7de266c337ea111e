import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createIframeUi } from 'wxt/utils/content-script-ui/iframe';

// Inline styles with !important so the page's CSS cannot move or restyle the frame by accident.
const HOST_STYLE = 'all: initial !important; position: fixed !important; right: 0 !important; z-index: 2147483647 !important; display: block !important;';
const COLLAPSED = 'top: calc(50% - 56px) !important; width: 44px !important; height: 112px !important;';
const EXPANDED = 'top: 0 !important; width: min(380px, 100vw) !important; height: 100vh !important;';
const FRAME_STYLE = 'border: 0 !important; width: 100% !important; height: 100% !important; display: block !important; color-scheme: normal !important;';

/**
 * Mounts the sidebar page at the page's right edge: a custom element whose shadow root is closed,
 * so page scripts cannot reach the iframe through it, and an iframe whose src is the fixed
 * extension URL (it carries nothing about the person). Collapsed it is a narrow handle, so it
 * never covers the page's controls; expanded it is a panel the person opened.
 */
export function mountSidebarFrame(ctx: ContentScriptContext, title: string) {
  const host = document.createElement('sextant-sidebar');
  const shadow = host.attachShadow({ mode: 'closed' });
  const ui = createIframeUi(ctx, {
    page: '/sidebar.html',
    position: 'inline',
    anchor: host,
    append: () => shadow.append(ui.wrapper),
    onMount: (wrapper, iframe) => {
      wrapper.setAttribute('style', 'width: 100% !important; height: 100% !important;');
      iframe.setAttribute('style', FRAME_STYLE);
      iframe.title = title;
    },
  });
  ui.mount();
  document.documentElement.append(host);
  return {
    resize(expanded: boolean): void {
      host.setAttribute('style', HOST_STYLE + (expanded ? EXPANDED : COLLAPSED));
    },
    remove(): void {
      ui.remove();
      host.remove();
    },
  };
}
