import { useLiveQuery } from 'dexie-react-hooks';
import { FileTransfer } from '@/components/your-data/file-transfer';
import { ActivityGroups, type ActivityItem } from '@/components/activity-groups';
import { FirstRunIntro } from '@/components/first-run-intro';
import { useLocale, useT } from '@/components/i18n';
import { ModelProgress } from '@/components/model-progress';
import { PausedBanner } from '@/components/paused-banner';
import { RecommendationList } from '@/components/recommendation-list';
import { SitePauseList } from '@/components/site-pause-list';
import { SiteVerdict } from '@/components/site-verdict';
import { ToggleSwitch } from '@/components/toggle-switch';
import { describeEvent } from '@/lib/activity/describe-event';
import { groupBySiteDay } from '@/lib/activity/group-by-site-day';
import { chainName } from '@/lib/catalog/chains';
import { sendMessage } from '@/lib/messaging/protocol';
import { readDrops } from '@/lib/storage/drops-repo';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import type { StoredRecommendations } from '@/lib/storage/recommendation-state';
import { recentEvents } from '@/lib/storage/recent-events';
import type { StoredEvent } from '@/lib/storage/schema';
import { usedSites } from '@/lib/storage/used-sites';
import { db } from '../shared/db';
import { useContractNames } from '../shared/use-contract-names';
import { useDappNames } from '../shared/use-dapp-names';
import { useRecommendations } from '../shared/use-recommendations';
import { useFileTransfer } from '../shared/use-file-transfer';
import { useActiveSite } from './use-active-site';
import { useSiteVerdict } from './use-site-verdict';
import { reportFailure } from '../shared/report-failure';

// The popup shows the latest visits; the new tab has the rest.
const GROUPS_SHOWN = 10;
const EVENTS_READ = 200;

interface Namers {
  dapp: (id: string) => string | null;
  contract: ReturnType<typeof useContractNames>;
  locale: string | undefined;
}

function toItem(e: StoredEvent, names: Namers): ActivityItem {
  return {
    key: e.uid,
    time: e.time,
    origin: e.origin,
    action: describeEvent(e, e.dappId ? names.dapp(e.dappId) : null, {
      spenderName: names.contract(e.chainId, e.action?.spender),
      locale: names.locale,
      imitatedName: e.site?.resembles ? names.dapp(e.site.resembles) : null,
    }),
    chain: e.chainId === null ? null : chainName(e.chainId),
    outcome: e.outcome,
  };
}

const openDashboard = (hash = '') => browser.tabs.create({ url: browser.runtime.getURL(`/newtab.html${hash}`) }).catch(reportFailure('opening the dashboard'));

export function App({ initialRecommendations }: { initialRecommendations: StoredRecommendations | null }) {
  const t = useT();
  const events = useLiveQuery(() => recentEvents(db, EVENTS_READ), []);
  const sites = useLiveQuery(() => usedSites(db), []);
  const pause = useLiveQuery(() => getSetting(db, SETTINGS.pause), []);
  const drops = useLiveQuery(() => readDrops(db), []);
  const activeSite = useActiveSite();
  const verdict = useSiteVerdict(activeSite);
  const verdictDapp = verdict?.dappId ?? verdict?.resembles ?? null;
  const dappName = useDappNames([...(events ?? []).flatMap((e) => [e.dappId, e.site?.resembles]), verdictDapp].filter((id): id is string => !!id));
  const contractName = useContractNames();
  const locale = useLocale();
  const recommendations = useRecommendations(t, 5, initialRecommendations);
  const modelStatus = useLiveQuery(() => getSetting(db, SETTINGS.modelStatus), []);
  const transfer = useFileTransfer(t);

  const dropTotal = Object.values(drops ?? {}).reduce((a, b) => a + (b ?? 0), 0);
  const siteHost = activeSite ? new URL(activeSite).host : null;
  const sitePaused = activeSite !== null && (pause?.origins.includes(activeSite) ?? false);
  const groups = groupBySiteDay((events ?? []).map((e) => toItem(e, { dapp: dappName, contract: contractName, locale })), GROUPS_SHOWN);
  const setPaused = (origin: string, paused: boolean) => sendMessage('setPaused', { scope: 'origin', origin, paused }).catch(reportFailure('pausing a site'));

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
      {recommendations.starter && events?.length === 0 && <FirstRunIntro onDescribe={() => openDashboard('#search')} />}
      <section aria-labelledby="recommended-title">
        <h2 id="recommended-title">{t('recommendedTitle')}</h2>
        {recommendations.starter && events !== undefined && events.length > 0 && <p className="help">{t('recStarterHasActivity')}</p>}
        {recommendations.items ? (
          recommendations.items.length > 0 ? (
            <RecommendationList items={recommendations.items} onFeedback={(action) => sendMessage('sendFeedback', action).catch(reportFailure('feedback'))} />
          ) : (
            <p className="state">{t('recNoneLeft')}</p>
          )
        ) : (
          <ModelProgress status={modelStatus ?? null} fallback={t('recComputing')} />
        )}
      </section>
      <section aria-labelledby="recent-title">
        <div className="section-head">
          <h2 id="recent-title">{t('recentActivity')}</h2>
          {events !== undefined && events.length > 0 && (
            <button type="button" className="link" onClick={() => openDashboard('#activity')}>{t('seeAllActivity')}</button>
          )}
        </div>
        {events === undefined ? <progress aria-label={t('working')} /> : groups.length === 0 ? <p className="state">{t('noActivity')}</p> : <ActivityGroups groups={groups} now={Date.now()} />}
      </section>
      <details>
        <summary>{t('pausedSites')}</summary>
        <SitePauseList sites={sites ?? []} paused={pause?.origins ?? []} onChange={setPaused} />
      </details>
      <FileTransfer {...transfer} onExport={() => transfer.exportAll().catch(reportFailure('export'))} onImport={(file) => transfer.importOne(file).catch(reportFailure('import'))} />
      <details className="drops">
        <summary>{t('droppedTitle')} ({dropTotal})</summary>
        {dropTotal === 0 ? <p>{t('droppedNone')}</p> : (
          <dl>{Object.entries(drops ?? {}).map(([reason, n]) => <div key={reason}><dt>{t(`drop_${reason.replaceAll('-', '_')}`)}</dt><dd>{n}</dd></div>)}</dl>
        )}
      </details>
      <footer>{t('privacyNote')}</footer>
    </main>
  );
}
