import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Translate } from '@/components/i18n';
import type { RecommendationView } from '@/components/recommendation-list';
import { sendMessage } from '@/lib/messaging/protocol';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { isStarterList, type ShownRecommendation, type StoredRecommendations } from '@/lib/storage/recommendation-state';
import { db } from './db';
import { toView } from './recommendation-views';

export interface RecommendationsState {
  /** The first `top`, worded; undefined until a ranking is stored. */
  items: RecommendationView[] | undefined;
  /** Popular starter picks only (no activity to go on yet). */
  starter: boolean;
  /** Ranked before the model was ready; the model's ranking follows. */
  refining: boolean;
  /** No ranking is stored and the background could not make one. */
  failed: boolean;
  retry(): void;
  stored: ShownRecommendation[] | undefined;
  view(r: ShownRecommendation): RecommendationView;
}

/**
 * The stored ranking, worded for this locale; asks for one when none is stored yet. `initial`, read
 * before the page first renders, lets the first paint already show it. `stored` keeps the evidence
 * for pages that group by it.
 */
export function useRecommendations(
  t: Translate,
  top: number,
  initial?: StoredRecommendations | null,
): RecommendationsState {
  const stored = useLiveQuery(() => getSetting(db, SETTINGS.recommendations), [], initial);
  const feedback = useLiveQuery(() => getSetting(db, SETTINGS.feedback), []);
  const missing = stored === null;
  // A first ranking the background could not make (it says why in Recent errors); retrying asks again.
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  // undefined: still reading; null: nothing computed yet, so ask the background for a first ranking.
  useEffect(() => {
    if (!missing) return;
    setFailed(false);
    sendMessage('refreshRecommendations').catch((e: unknown) => {
      console.warn('Sextant: ranking request failed', e);
      setFailed(true);
    });
  }, [missing, attempt]);

  const view = (r: ShownRecommendation) => toView(t, r, feedback?.liked ?? []);
  const retry = () => setAttempt((n) => n + 1);
  if (!stored) return { items: undefined, starter: false, refining: false, failed, retry, stored: undefined, view };
  const items = stored.items.slice(0, top).map(view);
  return { items, starter: isStarterList(stored.items), refining: stored.refining === true, failed: false, retry, stored: stored.items.slice(0, top), view };
}
