import { useCallback, useEffect, useState } from 'react';
import { onMessage, sendMessage } from '@/lib/messaging/protocol';
import type { SiteAction } from '@/lib/sidebar/site-actions';
import type { StoredRecommendations } from '@/lib/storage/recommendation-state';
import { reportFailure } from '../shared/report-failure';

const warn = (what: string) => (e: unknown) => console.warn(`Sextant: ${what}`, e);

/**
 * This site's actions and the person's ranking, asked of the background (a frame inside a web page
 * gets partitioned storage, so it cannot read Sextant's database), and asked again when the
 * background says the tab has new activity.
 */
export function useSidebarData(tabId: number | null) {
  const [actions, setActions] = useState<SiteAction[] | undefined>(undefined);
  const [recommendations, setRecommendations] = useState<{ stored: StoredRecommendations | null; liked: string[] } | undefined>(undefined);
  const reloadRecommendations = useCallback(() => sendMessage('sidebarRecommendations').then(setRecommendations, warn('no recommendations')), []);
  const reload = useCallback(() => {
    void sendMessage('sidebarActions').then(setActions, warn('no actions'));
    reloadRecommendations().catch(reportFailure('loading recommendations'));
  }, [reloadRecommendations]);

  useEffect(() => {
    if (tabId === null) return;
    reload();
    return onMessage('sidebarChanged', ({ data }) => {
      if (data === tabId) reload();
    });
  }, [tabId, reload]);
  return { actions, recommendations, reloadRecommendations };
}
