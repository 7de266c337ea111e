import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import type { Translate } from '@/components/i18n';
import type { RecommendationView } from '@/components/recommendation-list';
import { sendMessage } from '@/lib/messaging/protocol';
import { reasonText } from '@/lib/ranking/reason-text';
import { readFeedback, readRecommendations } from '@/lib/storage/recommendation-state';
import { db } from './db';
import { useDapps } from './use-dapps';

/** The stored ranking, worded for this locale; asks for one when none is stored yet. */
export function useRecommendations(t: Translate, top: number): { items: RecommendationView[] | undefined; starter: boolean } {
  const stored = useLiveQuery(() => readRecommendations(db), []);
  const feedback = useLiveQuery(() => readFeedback(db), []);
  const dapps = useDapps();
  const missing = stored === null;

  // undefined: still reading; null: nothing computed yet, so ask the background for a first ranking.
  useEffect(() => {
    if (missing) void sendMessage('refreshRecommendations').catch(() => {});
  }, [missing]);

  if (!stored) return { items: undefined, starter: false };
  const name = (id: string) => dapps.get(id)?.name ?? id;
  const items = stored.items.slice(0, top).flatMap((r) => {
    const d = dapps.get(r.id);
    if (!d) return [];
    return [{ id: r.id, name: d.name, url: d.origins[0]!, category: d.category, reasons: r.reasons.map((x) => reasonText(t, x, name)), liked: feedback?.liked.includes(r.id) ?? false }];
  });
  return { items, starter: stored.items.every((r) => r.reasons.every((x) => x.type === 'popular')) };
}
