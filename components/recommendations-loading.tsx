import { useT } from './i18n';

/**
 * Where the recommendations will be: card-shaped placeholders while the first ranking is made
 * (a fresh install takes about a second), or what went wrong and a way to try again.
 */
export function RecommendationsLoading({ failed, onRetry, cards = 3 }: { failed: boolean; onRetry(): void; cards?: number }) {
  const t = useT();
  if (failed) {
    return (
      <div className="state error" role="alert">
        <strong>{t('recFailed')}</strong>
        <span>{t('recFailedHelp')}</span>
        <button type="button" onClick={onRetry}>{t('tryAgain')}</button>
      </div>
    );
  }
  return (
    <div className="rec-loading">
      <p role="status" className="help">{t('recComputing')}</p>
      <div className="recommendations" aria-hidden="true">
        {Array.from({ length: cards }, (_, i) => (
          <div key={i} className="card rec-card skeleton">
            <span className="monogram" />
            <span className="rec-title"><span className="bone" /><span className="bone short" /></span>
            <span className="reasons"><span className="bone" /></span>
          </div>
        ))}
      </div>
    </div>
  );
}
