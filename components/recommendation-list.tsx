import type { FeedbackAction } from '@/lib/ranking/feedback';
import type { CategoryId } from '@/lib/catalog/categories';
import { categoryLabel } from './category-label';
import { ChainBadges } from './chain-badges';
import { useT } from './i18n';
import { Icon, type IconName } from './icon';
import { Monogram } from './monogram';

export interface RecommendationView {
  id: string;
  name: string;
  url: string;
  category: CategoryId;
  chains: number[];
  reasons: string[];
  liked: boolean;
}

interface RecommendationListProps {
  items: RecommendationView[];
  onFeedback(action: FeedbackAction): void;
  /** How many reasons each card shows; the popup shows one, the new tab two. */
  reasons?: number;
}

function FeedbackButton({ icon, label, pressed, onClick }: { icon: IconName; label: string; pressed?: boolean; onClick(): void }) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} aria-pressed={pressed} onClick={onClick}>
      <Icon name={icon} />
    </button>
  );
}

/** Recommendation cards: name and category, open the dApp (the one primary action), why it is here, its chains, and compact feedback. */
export function RecommendationList({ items, onFeedback, reasons = 1 }: RecommendationListProps) {
  const t = useT();
  return (
    <ol className="recommendations">
      {items.map((r) => (
        <li key={r.id} data-dapp={r.id} className="card rec-card">
          <Monogram name={r.name} category={r.category} />
          <span className="rec-title">
            <span className="rec-name" title={r.name}>{r.name}</span>
            <span className="rec-category">{categoryLabel(t, r.category)}</span>
          </span>
          <a className="primary" href={r.url} target="_blank" rel="noreferrer" aria-label={t('openSite', [r.name])}>
            {t('open')}
          </a>
          <ul className="reasons">
            {r.reasons.slice(0, reasons).map((reason) => <li key={reason}>{reason}</li>)}
          </ul>
          <ChainBadges chains={r.chains} className="rec-chains" />
          <div className="feedback" role="group" aria-label={t('recFeedbackFor', [r.name])}>
            <FeedbackButton icon="like" label={t('recLike')} pressed={r.liked} onClick={() => onFeedback(r.liked ? { kind: 'undo', dappId: r.id } : { kind: 'like', dappId: r.id })} />
            <FeedbackButton icon="notInterested" label={t('recNotInterested')} onClick={() => onFeedback({ kind: 'not-interested', dappId: r.id })} />
            <FeedbackButton icon="hide" label={t('recHideCategory', [categoryLabel(t, r.category)])} onClick={() => onFeedback({ kind: 'hide-category', category: r.category })} />
            <FeedbackButton icon="alreadyUse" label={t('recAlreadyUse')} onClick={() => onFeedback({ kind: 'already-use', dappId: r.id })} />
          </div>
        </li>
      ))}
    </ol>
  );
}
