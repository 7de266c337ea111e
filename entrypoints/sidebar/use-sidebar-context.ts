import { useEffect, useState } from 'react';
import { sendMessage } from '@/lib/messaging/protocol';
import type { SidebarContext } from '@/lib/sidebar/sidebar-context';

/** What the background says about this frame's tab: its site, the site check, and whether the sidebar is open. */
export function useSidebarContext(): { context: SidebarContext | null; failed: boolean } {
  const [context, setContext] = useState<SidebarContext | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    sendMessage('sidebarContext').then(setContext, (e: unknown) => {
      console.warn('Sextant: sidebar context unavailable', e);
      setFailed(true);
    });
  }, []);
  return { context, failed };
}
