import { useT } from './i18n';

/** Search found nothing above the relevance floor: says so instead of listing noise, and offers the way back. */
export function NoGoodMatch({ query, onBack }: { query: string; onBack: () => void }) {
  const t = useT();
  return (
    <section className="no-good-match" aria-labelledby="no-good-match-title">
      <h2 id="no-good-match-title">{t('noGoodMatchTitle')}</h2>
      <p>{t('noGoodMatchBody', [query])}</p>
      <button type="button" onClick={onBack}>{t('backToRecommendations')}</button>
    </section>
  );
}
