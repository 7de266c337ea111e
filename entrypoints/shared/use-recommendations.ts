import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { Translate } from '@/components/i18n';
import type { RecommendationView } from '@/components/recommendation-list';
import { sendMessage } from '@/lib/messaging/protocol';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import type { ShownRecommendation, StoredRecommendations } from '@/lib/storage/recommendation-state';
import { db } from './db';
import { toView } from './recommendation-views';

/**
 * The stored ranking, worded for this locale; asks for one when none is stored yet. `initial`, read
 * before the page first renders, lets the first paint already show it. `stored` keeps the evidence
 * for pages that group by it.
 */
export function useRecommendations(
  t: Translate,
  top: number,
  initial?: StoredRecommendations | null,
): { items: RecommendationView[] | undefined; starter: boolean; stored: ShownRecommendation[] | undefined; view(r: ShownRecommendation): RecommendationView } {
  const stored = useLiveQuery(() => getSetting(db, SETTINGS.recommendations), [], initial);
  const feedback = useLiveQuery(() => getSetting(db, SETTINGS.feedback), []);
  const missing = stored === null;

  // undefined: still reading; null: nothing computed yet, so ask the background for a first ranking.
  useEffect(() => {
    if (missing) sendMessage('refreshRecommendations').catch((e: unknown) => console.warn('Sextant: ranking request failed', e));
  }, [missing]);

  const view = (r: ShownRecommendation) => toView(t, r, feedback?.liked ?? []);
  if (!stored) return { items: undefined, starter: false, stored: undefined, view };
  const items = stored.items.slice(0, top).map(view);
  return { items, starter: stored.items.every((r) => r.reasons.every((x) => x.type === 'popular' || x.type === 'starter')), stored: stored.items.slice(0, top), view };
}
