import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { DappResultList, type DappResult } from '@/components/dapp-result-list';
import { useLocale, useT } from '@/components/i18n';
import { ModelProgress } from '@/components/model-progress';
import { NoGoodMatch } from '@/components/no-good-match';
import { RecommendationList } from '@/components/recommendation-list';
import { SearchForm } from '@/components/search-form';
import { CHAINS, chainName } from '@/lib/catalog/chains';
import { sendMessage } from '@/lib/messaging/protocol';
import { readModelStatus } from '@/lib/storage/model-status';
import { db } from '../shared/db';
import { useRecommendations } from '../shared/use-recommendations';
import { YourDataSection } from './your-data-section';

const chainOptions = Object.entries(CHAINS)
  .filter(([id]) => Number(id) !== 31337)
  .map(([id, name]) => ({ id: Number(id), name }))
  .sort((a, b) => a.name.localeCompare(b.name));

export function App() {
  const t = useT();
  const status = useLiveQuery(() => readModelStatus(db), []);
  const recommendations = useRecommendations(t, 10);
  const locale = useLocale();
  const [answer, setAnswer] = useState<{ query: string; results: DappResult[]; noGoodMatch: boolean; chains: number[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Start loading the model as soon as the page opens, so the first search is quick.
  useEffect(() => void sendMessage('prepareModel').catch(() => {}), []);

  async function search(query: string, chain: number | undefined) {
    setBusy(true);
    setError(null);
    try {
      const found = await sendMessage('search', { query, top: 10, chain, locale });
      setAnswer({ query, ...found });
    } catch (e) {
      setError(t('searchFailed', [e instanceof Error ? e.message : String(e)]));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="newtab">
      <h1>Sextant</h1>
      <SearchForm chains={chainOptions} busy={busy} onSearch={(q, c) => void search(q, c)} />
      <ModelProgress status={status ?? null} />
      <p className="privacy">{t('searchPrivacy')}</p>
      {error && <p className="error" role="alert">{error}</p>}
      {recommendations.items && !answer && (
        <section aria-labelledby="recommended-title">
          <h2 id="recommended-title">{t('recommendedTitle')}</h2>
          {recommendations.starter && <p className="privacy">{t('recStarterIntro')}</p>}
          <RecommendationList items={recommendations.items} onFeedback={(action) => void sendMessage('sendFeedback', action)} />
        </section>
      )}
      {answer?.noGoodMatch && <NoGoodMatch query={answer.query} onBack={() => setAnswer(null)} />}
      {answer && !answer.noGoodMatch && (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{t('searchResults')}</h2>
          {answer.chains.length > 0 && <p className="privacy">{t('searchOnChains', [answer.chains.map(chainName).join(', ')])}</p>}
          <DappResultList results={answer.results} />
        </section>
      )}
      <YourDataSection chains={chainOptions} />
    </main>
  );
}
