import { categoryLabel } from './category-label';
import { useT } from './i18n';

export interface DappResult {
  id: string;
  name: string;
  category: string;
  url: string;
  description: string;
  score: number;
}

export function DappResultList({ results }: { results: DappResult[] }) {
  const t = useT();
  if (results.length === 0) return <p className="empty">{t('noResults')}</p>;
  return (
    <ol className="results">
      {results.map((r) => (
        <li key={r.id} data-dapp={r.id}>
          <div className="result-head">
            <a href={r.url} target="_blank" rel="noreferrer" aria-label={t('openSite', [r.name])}>{r.name}</a>
            <span className="badge">{categoryLabel(t, r.category)}</span>
            <span className="score">{t('match', [String(Math.round(r.score * 100))])}</span>
          </div>
          <p>{r.description}</p>
        </li>
      ))}
    </ol>
  );
}
