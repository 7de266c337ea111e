import type { Translate } from '@/components/i18n';
import type { RecommendationView } from '@/components/recommendation-list';
import { reasonText } from '@/lib/ranking/reason-text';
import type { ShownRecommendation, StoredRecommendations } from '@/lib/storage/recommendation-state';

/** One stored recommendation, worded for this locale, marked when the person liked it. */
export function toView(t: Translate, r: ShownRecommendation, liked: readonly string[]): RecommendationView {
  return {
    id: r.id,
    name: r.name,
    url: r.url,
    category: r.category,
    chains: r.chains,
    reasons: r.reasons.map((x) => reasonText(t, x, (id) => r.names[id] ?? id)),
    liked: liked.includes(r.id),
  };
}

/** The stored ranking's first `top` items, worded for this locale, with the person's likes marked. */
export function recommendationViews(t: Translate, stored: StoredRecommendations, liked: readonly string[], top: number): RecommendationView[] {
  return stored.items.slice(0, top).map((r) => toView(t, r, liked));
}
