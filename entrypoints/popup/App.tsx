import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense } from 'react';
import { FirstRunIntro } from '@/components/first-run-intro';
import { useT } from '@/components/i18n';
import { PausedBanner } from '@/components/paused-banner';
import { RecommendationList } from '@/components/recommendation-list';
import { RecommendationsLoading } from '@/components/recommendations-loading';
import { SectionBoundary } from '@/components/section-boundary';
import { SectionError } from '@/components/section-error';
import { SiteVerdict } from '@/components/site-verdict';
import { ToggleSwitch } from '@/components/toggle-switch';
import { sendMessage } from '@/lib/messaging/protocol';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { hasEvents } from '@/lib/storage/recent-events';
import type { StoredRecommendations } from '@/lib/storage/recommendation-state';
import { db } from '../shared/db';
import { reportFailure } from '../shared/report-failure';
import { useDappNames } from '../shared/use-dapp-names';
import { useRecommendations } from '../shared/use-recommendations';
import { useActiveSite } from './use-active-site';
import { useSiteVerdict } from './use-site-verdict';

// Below the recommendations, and heavy (token list, decoders, file formats): loaded after the first paint.
const PopupDetails = lazy(() => import('./popup-details').then((m) => ({ default: m.PopupDetails })));

const openDashboard = (hash = '') => browser.tabs.create({ url: browser.runtime.getURL(`/newtab.html${hash}`) }).catch(reportFailure('opening the dashboard'));

export function App({ initialRecommendations }: { initialRecommendations: StoredRecommendations | null }) {
  const t = useT();
  const activity = useLiveQuery(() => hasEvents(db), []);
  const pause = useLiveQuery(() => getSetting(db, SETTINGS.pause), []);
  const activeSite = useActiveSite();
  const verdict = useSiteVerdict(activeSite);
  const verdictDapp = verdict?.dappId ?? verdict?.resembles ?? null;
  const dappName = useDappNames(verdictDapp ? [verdictDapp] : []);
  const recommendations = useRecommendations(t, 5, initialRecommendations);
  const modelStatus = useLiveQuery(() => getSetting(db, SETTINGS.modelStatus), []);

  const siteHost = activeSite ? new URL(activeSite).host : null;
  const sitePaused = activeSite !== null && (pause?.origins.includes(activeSite) ?? false);
  const setPaused = (origin: string, paused: boolean) => void sendMessage('setPaused', { scope: 'origin', origin, paused }).catch(reportFailure('pausing a site'));

  return (
    <main className="popup">
      <header className="popup-head">
        <h1>{t('popupTitle')}</h1>
        <ToggleSwitch label={t('pauseAll')} checked={pause?.global ?? false} onChange={(paused) => sendMessage('setPaused', { scope: 'global', paused }).catch(reportFailure('pausing capture'))} />
      </header>
      {pause?.global ? (
        <PausedBanner scope="everywhere" onResume={() => sendMessage('setPaused', { scope: 'global', paused: false }).catch(reportFailure('resuming capture'))} />
      ) : (
        sitePaused && <PausedBanner scope="site" onResume={() => setPaused(activeSite!, false)} />
      )}
      {activeSite && (
        <section aria-label={t('thisSite')} className="this-site card">
          {verdict && <SiteVerdict verdict={verdict} dappName={verdictDapp ? dappName(verdictDapp) : null} />}
          <span className="site-host" title={activeSite}>{siteHost}</span>
          <ToggleSwitch label={t('pauseSite')} checked={sitePaused} onChange={(paused) => setPaused(activeSite, paused)} />
        </section>
      )}
      {recommendations.starter && activity === false && <FirstRunIntro onDescribe={() => openDashboard('#search')} />}
      {/* Which list shows, and whether the model's ranking is still to come (the benchmark times install → each by them). */}
      <section aria-labelledby="recommended-title" data-list={recommendations.items && (recommendations.starter ? 'starter' : 'personal')} data-refining={recommendations.refining || undefined}>
        <h2 id="recommended-title">{t('recommendedTitle')}</h2>
        {recommendations.starter && activity === true && <p className="help">{t('recStarterHasActivity')}</p>}
        {recommendations.refining && <p className="help">{t(modelStatus?.phase === 'error' ? 'recModelFailed' : 'recRefining')}</p>}
        {recommendations.items ? (
          recommendations.items.length > 0 ? (
            <RecommendationList items={recommendations.items} onFeedback={(action) => sendMessage('sendFeedback', action).catch(reportFailure('feedback'))} />
          ) : (
            <p className="state">{t('recNoneLeft')}</p>
          )
        ) : (
          <RecommendationsLoading failed={recommendations.failed} onRetry={recommendations.retry} />
        )}
      </section>
      <SectionBoundary fallback={<SectionError />} onError={reportFailure('showing the popup’s activity')}>
        <Suspense fallback={<p className="state" role="status">{t('working')}</p>}>
          <PopupDetails setPaused={setPaused} openDashboard={openDashboard} />
        </Suspense>
      </SectionBoundary>
      <footer>{t('privacyNote')}</footer>
    </main>
  );
}
