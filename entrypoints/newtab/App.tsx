import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { ActivityChart } from '@/components/activity-chart';
import { ActivityGroups, type ActivityItem } from '@/components/activity-groups';
import { categoryLabel } from '@/components/category-label';
import { DappResultList, type DappResult } from '@/components/dapp-result-list';
import { useLocale, useT, type Translate } from '@/components/i18n';
import { ModelProgress } from '@/components/model-progress';
import { NoGoodMatch } from '@/components/no-good-match';
import { RecommendationList } from '@/components/recommendation-list';
import { RecommendationsLoading } from '@/components/recommendations-loading';
import { SearchForm } from '@/components/search-form';
import { SectionBoundary } from '@/components/section-boundary';
import { SectionError } from '@/components/section-error';
import { ShareBars } from '@/components/share-bars';
import { TopDapps } from '@/components/top-dapps';
import { groupBySiteDay } from '@/lib/activity/group-by-site-day';
import { CHAINS, chainName } from '@/lib/catalog/chains';
import { sendMessage } from '@/lib/messaging/protocol';
import { summarizeProfile, weeklyCounts } from '@/lib/profile/profile-summary';
import { groupByInterest, type Interest } from '@/lib/ranking/group-by-interest';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { recentEvents } from '@/lib/storage/recent-events';
import { db } from '../shared/db';
import { useDappCategories } from '../shared/use-dapp-categories';
import { activityItem } from '../shared/activity-item';
import { useContractNames } from '../shared/use-contract-names';
import { useDappNames } from '../shared/use-dapp-names';
import { useRecommendations } from '../shared/use-recommendations';
import { YourDataSection } from './your-data-section';
import { reportFailure } from '../shared/report-failure';

const chainOptions = Object.entries(CHAINS)
  .filter(([id]) => Number(id) !== 31337)
  .map(([id, name]) => ({ id: Number(id), name }))
  .sort((a, b) => a.name.localeCompare(b.name));

// A year of weeks: enough to show seasons of use, thin enough to stay a small chart.
const WEEKS = 52;
const EVENTS_READ = 1000;

function interestTitle(t: Translate, interest: Interest, name: (id: string) => string): string {
  switch (interest.type) {
    case 'action': {
      const key = `verb_${interest.action.replaceAll('-', '_')}`;
      return t('groupBecauseYou', [t(key) === key ? t('verb_use') : t(key)]);
    }
    case 'liked':
      return t('reason_liked', [name(interest.dapp)]);
    case 'similar':
      return t('groupSimilarTo', [name(interest.dapp)]);
    case 'popular':
      return t('groupPopular');
  }
}

export function App() {
  const t = useT();
  const status = useLiveQuery(() => getSetting(db, SETTINGS.modelStatus), []);
  const recommendations = useRecommendations(t, 20);
  const locale = useLocale();
  const profile = useLiveQuery(() => getSetting(db, SETTINGS.profile), []);
  const events = useLiveQuery(() => recentEvents(db, EVENTS_READ), []);
  const [answer, setAnswer] = useState<{ query: string; results: DappResult[]; noGoodMatch: boolean; chains: number[]; readAs: string | null } | null>(null);
  const [category, setCategory] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [selectedDapp, setSelectedDapp] = useState<string | null>(null);
  const summary = profile ? summarizeProfile(profile.profile) : null;
  const contractName = useContractNames();
  const dappName = useDappNames([...(summary?.topDapps.map((d) => d.id) ?? []), ...(events ?? []).flatMap((e) => (e.dappId ? [e.dappId] : []))]);
  const dappCategory = useDappCategories(summary?.topDapps.map((d) => d.id) ?? []);

  // Start loading the model as soon as the page opens, so the first search is quick.
  useEffect(() => void sendMessage('prepareModel').catch((e: unknown) => console.warn('Sextant: model preparation failed', e)), []);

  async function search(query: string, chain: number | undefined) {
    setBusy(true);
    setError(null);
    try {
      const found = await sendMessage('search', { query, top: 20, chain, locale });
      setAnswer({ query, ...found });
      setCategory('');
    } catch (e) {
      console.warn('Sextant: search failed', e);
      setError(t('searchFailedPlain'));
    } finally {
      setBusy(false);
    }
  }

  const groups = recommendations.stored ? groupByInterest(recommendations.stored) : null;
  const mentioned = (id: string) => recommendations.stored?.flatMap((r) => Object.entries(r.names)).find(([k]) => k === id)?.[1] ?? dappName(id) ?? id;
  const results = answer && !answer.noGoodMatch ? answer.results : null;
  const shown = results && (category ? results.filter((r) => r.category === category) : results);
  const resultCategories = [...new Set((results ?? []).map((r) => r.category))];
  const activityItems: ActivityItem[] = (events ?? [])
    .filter((e) => selectedDapp === null || e.dappId === selectedDapp)
    .map((e) => activityItem(e, { dapp: dappName, contract: contractName, locale }));

  return (
    <main className="newtab">
      <header className="newtab-head">
        <h1>Sextant</h1>
        <nav aria-label={t('sectionsNav')}>
          <a href="#for-you">{t('forYouTitle')}</a>
          <a href="#profile">{t('profileTitle')}</a>
          <a href="#activity">{t('recentActivity')}</a>
        </nav>
      </header>
      <section id="search" className="card search-card" aria-label={t('searchLabel')}>
        <SearchForm chains={chainOptions} busy={busy} onSearch={(q, c) => search(q, c).catch(reportFailure('search'))} />
        <ModelProgress status={status ?? null} />
        <p className="help">{t('searchPrivacy')}</p>
        {error && <p className="state error" role="alert">{error}</p>}
      </section>
      {shown && (
        <section aria-labelledby="results-title" className="dash-section">
          <div className="section-head">
            <h2 id="results-title">{t('searchResults')}</h2>
            <button type="button" onClick={() => setAnswer(null)}>{t('backToForYou')}</button>
          </div>
          {resultCategories.length > 1 && (
            <div className="chips" role="group" aria-label={t('categoryFilter')}>
              <button type="button" aria-pressed={category === ''} onClick={() => setCategory('')}>{t('anyCategory')}</button>
              {resultCategories.map((c) => <button type="button" key={c} aria-pressed={category === c} onClick={() => setCategory(c)}>{categoryLabel(t, c)}</button>)}
            </div>
          )}
          {answer?.readAs && <p className="help">{t('searchReadAs', [answer.readAs])}</p>}
          {answer && answer.chains.length > 0 && <p className="help">{t('searchOnChains', [answer.chains.map(chainName).join(', ')])}</p>}
          <DappResultList results={shown.slice(0, 10)} />
        </section>
      )}
      {answer?.noGoodMatch && <NoGoodMatch query={answer.query} onBack={() => setAnswer(null)} />}
      {!answer && (
        <section id="for-you" aria-labelledby="recommended-title" className="dash-section">
          <h2 id="recommended-title">{t('recommendedTitle')}</h2>
          {recommendations.starter && <p className="help">{t('recStarterIntro')}</p>}
          {recommendations.refining && <p className="help">{t(status?.phase === 'error' ? 'recModelFailed' : 'recRefining')}</p>}
          {!groups ? (
            <RecommendationsLoading failed={recommendations.failed} onRetry={recommendations.retry} cards={6} />
          ) : groups.length === 0 ? (
            <p className="state">{t('recNoneLeft')}</p>
          ) : (
            groups.map((g) => {
              const title = interestTitle(t, g.interest, mentioned);
              return (
                <section key={title} className="interest-row" aria-label={title}>
                  <h3>{title}</h3>
                  <RecommendationList items={g.picks.map(recommendations.view)} reasons={2} onFeedback={(action) => sendMessage('sendFeedback', action).catch(reportFailure('feedback'))} />
                </section>
              );
            })
          )}
        </section>
      )}
      <section id="profile" aria-labelledby="profile-title" className="dash-section">
        <h2 id="profile-title">{t('profileTitle')}</h2>
        <p className="help">{t('profileHelp')}</p>
        {summary && summary.topDapps.length > 0 ? (
          <div className="profile-grid">
            <div className="card panel">
              <h3>{t('profileCategories')}</h3>
              <ShareBars label={t('profileCategories')} items={summary.categories.map((s) => ({ ...s, label: categoryLabel(t, s.id) }))} />
            </div>
            <div className="card panel">
              <h3>{t('profileChains')}</h3>
              <ShareBars label={t('profileChains')} items={summary.chains.map((s) => ({ ...s, label: chainName(Number(s.id)) }))} />
            </div>
            <div className="card panel">
              <h3>{t('profileOverTime')}</h3>
              <ActivityChart weeks={weeklyCounts((events ?? []).map((e) => e.time), Date.now(), WEEKS)} />
            </div>
            <div className="card panel">
              <h3>{t('profileTopDapps')}</h3>
              <TopDapps
                dapps={summary.topDapps.map((d) => ({ ...d, name: dappName(d.id) ?? d.id, category: dappCategory(d.id) }))}
                selected={selectedDapp}
                onSelect={(id) => {
                  setSelectedDapp(id);
                  if (id) document.getElementById('activity')?.scrollIntoView({ behavior: 'smooth' });
                }}
              />
            </div>
          </div>
        ) : (
          <p className="state">{profile === undefined ? t('working') : t('profileEmpty')}</p>
        )}
      </section>
      <section id="activity" aria-labelledby="activity-title" className="dash-section">
        <div className="section-head">
          <h2 id="activity-title">{selectedDapp ? t('activityFor', [dappName(selectedDapp) ?? selectedDapp]) : t('recentActivity')}</h2>
          {selectedDapp && <button type="button" onClick={() => setSelectedDapp(null)}>{t('showAllActivity')}</button>}
        </div>
        {events === undefined ? <p className="state">{t('working')}</p> : activityItems.length === 0 ? <p className="state">{t('noActivity')}</p> : <ActivityGroups groups={groupBySiteDay(activityItems, 30)} now={Date.now()} />}
      </section>
      <SectionBoundary fallback={<SectionError />} onError={reportFailure('showing Your data')}>
        <YourDataSection chains={chainOptions} />
      </SectionBoundary>
    </main>
  );
}

