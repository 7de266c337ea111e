import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { Translate } from '@/components/i18n';
import type { RecommendationView } from '@/components/recommendation-list';
import { sendMessage } from '@/lib/messaging/protocol';
import { readFeedback, readRecommendations, type StoredRecommendations } from '@/lib/storage/recommendation-state';
import { db } from './db';
import { recommendationViews } from './recommendation-views';

/**
 * The stored ranking, worded for this locale; asks for one when none is stored yet. `initial`, read
 * before the page first renders, lets the first paint already show it.
 */
export function useRecommendations(t: Translate, top: number, initial?: StoredRecommendations | null): { items: RecommendationView[] | undefined; starter: boolean } {
  const stored = useLiveQuery(() => readRecommendations(db), [], initial);
  const feedback = useLiveQuery(() => readFeedback(db), []);
  const missing = stored === null;

  // undefined: still reading; null: nothing computed yet, so ask the background for a first ranking.
  useEffect(() => {
    if (missing) void sendMessage('refreshRecommendations').catch(() => {});
  }, [missing]);

  if (!stored) return { items: undefined, starter: false };
  const items = recommendationViews(t, stored, feedback?.liked ?? [], top);
  return { items, starter: stored.items.every((r) => r.reasons.every((x) => x.type === 'popular')) };
}
