import type { FeedbackAction } from '@/lib/ranking/feedback';
import type { CategoryId } from '@/lib/catalog/categories';
import { categoryLabel } from './category-label';
import { useT } from './i18n';

export interface RecommendationView {
  id: string;
  name: string;
  url: string;
  category: CategoryId;
  reasons: string[];
  liked: boolean;
}

interface RecommendationListProps {
  items: RecommendationView[];
  onFeedback(action: FeedbackAction): void;
}

/** Recommendations with their reasons and the four kinds of feedback. */
export function RecommendationList({ items, onFeedback }: RecommendationListProps) {
  const t = useT();
  return (
    <ol className="recommendations">
      {items.map((r) => (
        <li key={r.id} data-dapp={r.id}>
          <div className="rec-head">
            <a href={r.url} target="_blank" rel="noreferrer">{r.name}</a>
            <span className="badge">{categoryLabel(t, r.category)}</span>
          </div>
          <ul className="reasons">
            {r.reasons.map((reason) => <li key={reason}>{reason}</li>)}
          </ul>
          <div className="feedback" role="group" aria-label={t('recFeedbackFor', [r.name])}>
            <button type="button" aria-pressed={r.liked} onClick={() => onFeedback(r.liked ? { kind: 'undo', dappId: r.id } : { kind: 'like', dappId: r.id })}>{t('recLike')}</button>
            <button type="button" onClick={() => onFeedback({ kind: 'not-interested', dappId: r.id })}>{t('recNotInterested')}</button>
            <button type="button" onClick={() => onFeedback({ kind: 'hide-category', category: r.category })}>{t('recHideCategory', [categoryLabel(t, r.category)])}</button>
            <button type="button" onClick={() => onFeedback({ kind: 'already-use', dappId: r.id })}>{t('recAlreadyUse')}</button>
          </div>
        </li>
      ))}
    </ol>
  );
}
