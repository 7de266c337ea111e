import { categoryLabel } from './category-label';
import { useT } from './i18n';
import { Monogram } from './monogram';

export interface DappResult {
  id: string;
  name: string;
  category: string;
  url: string;
  description: string;
  score: number;
}

/** Search results: name, category and description, and opening the dApp as the one action. */
export function DappResultList({ results }: { results: DappResult[] }) {
  const t = useT();
  if (results.length === 0) return <p className="state">{t('noResults')}</p>;
  return (
    <ol className="results">
      {results.map((r) => (
        <li key={r.id} data-dapp={r.id} className="card result">
          <Monogram name={r.name} category={r.category} />
          <div className="result-body">
            <div className="result-head">
              <span className="rec-name">{r.name}</span>
              <span className="badge category">{categoryLabel(t, r.category)}</span>
            </div>
            <p>{r.description}</p>
          </div>
          <a className="primary" href={r.url} target="_blank" rel="noreferrer" aria-label={t('openSite', [r.name])}>{t('open')}</a>
        </li>
      ))}
    </ol>
  );
}
