import { useT } from '../i18n';

export interface FeedbackLists {
  liked: string[];
  notInterested: string[];
  alreadyUse: string[];
  hiddenCategories: string[];
}

export interface FeedbackReviewProps {
  feedback: FeedbackLists | undefined;
  dappName(id: string): string;
  categoryName(category: string): string;
  onUndo(target: { dappId: string } | { category: string }): void;
}

/** Every piece of feedback the user gave, each with an undo. */
export function FeedbackReview({ feedback, dappName, categoryName, onUndo }: FeedbackReviewProps) {
  const t = useT();
  const groups: [string, string, { key: string; name: string; target: { dappId: string } | { category: string } }[]][] = [
    ['liked', t('feedbackLiked'), (feedback?.liked ?? []).map((id) => ({ key: id, name: dappName(id), target: { dappId: id } }))],
    ['not-interested', t('feedbackNotInterested'), (feedback?.notInterested ?? []).map((id) => ({ key: id, name: dappName(id), target: { dappId: id } }))],
    ['already-use', t('feedbackAlreadyUse'), (feedback?.alreadyUse ?? []).map((id) => ({ key: id, name: dappName(id), target: { dappId: id } }))],
    ['hidden', t('feedbackHidden'), (feedback?.hiddenCategories ?? []).map((c) => ({ key: c, name: categoryName(c), target: { category: c } }))],
  ];
  const shown = groups.filter(([, , items]) => items.length > 0);
  if (shown.length === 0) return <p className="feedback-none">{t('feedbackNone')}</p>;
  return (
    <div className="feedback-review">
      {shown.map(([id, title, items]) => (
        <div key={id} data-feedback={id}>
          <h4>{title}</h4>
          <ul>
            {items.map((item) => (
              <li key={item.key}>
                <span>{item.name}</span>{' '}
                <button type="button" aria-label={t('feedbackUndoNamed', [item.name])} onClick={() => onUndo(item.target)}>{t('feedbackUndo')}</button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
