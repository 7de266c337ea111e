import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ActivityFileActions } from '@/components/activity-file-actions';
import { ActivityList, type ActivityRow } from '@/components/activity-list';
import { useT } from '@/components/i18n';
import { SitePauseList } from '@/components/site-pause-list';
import { ModelProgress } from '@/components/model-progress';
import { RecommendationList } from '@/components/recommendation-list';
import { SiteVerdict } from '@/components/site-verdict';
import { ToggleSwitch } from '@/components/toggle-switch';
import { describeEvent } from '@/lib/activity/describe-event';
import { chainName } from '@/lib/catalog/chains';
import { sendMessage } from '@/lib/messaging/protocol';
import { readDrops } from '@/lib/storage/drops-repo';
import { readModelStatus } from '@/lib/storage/model-status';
import { readPause } from '@/lib/storage/pause-settings';
import type { StoredRecommendations } from '@/lib/storage/recommendation-state';
import { recentEvents } from '@/lib/storage/recent-events';
import type { StoredEvent } from '@/lib/storage/schema';
import { db } from '../shared/db';
import { useDappNames } from '../shared/use-dapp-names';
import { useRecommendations } from '../shared/use-recommendations';
import { downloadText } from './download-text';
import { useActiveSite } from './use-active-site';
import { useSiteVerdict } from './use-site-verdict';

function toRow(e: StoredEvent, name: (id: string) => string | null): ActivityRow {
  return {
    key: e.uid,
    site: e.origin ? new URL(e.origin).host : null,
    action: describeEvent(e, e.dappId ? name(e.dappId) : null, e.site?.resembles ? name(e.site.resembles) : null),
    chain: e.chainId === null ? null : chainName(e.chainId),
    time: e.time,
    outcome: e.outcome,
  };
}

export function App({ initialRecommendations }: { initialRecommendations: StoredRecommendations | null }) {
  const t = useT();
  const events = useLiveQuery(() => recentEvents(db, 50), []);
  const pause = useLiveQuery(() => readPause(db), []);
  const drops = useLiveQuery(() => readDrops(db), []);
  const activeSite = useActiveSite();
  const verdict = useSiteVerdict(activeSite);
  const verdictDapp = verdict?.dappId ?? verdict?.resembles ?? null;
  const dappName = useDappNames([...(events ?? []).flatMap((e) => [e.dappId, e.site?.resembles]), verdictDapp].filter((id): id is string => !!id));
  const recommendations = useRecommendations(t, 5, initialRecommendations);
  const modelStatus = useLiveQuery(() => readModelStatus(db), []);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const sites = [...new Set((events ?? []).map((e) => e.origin).filter((o): o is string => o !== null))];
  const dropTotal = Object.values(drops ?? {}).reduce((a, b) => a + (b ?? 0), 0);

  async function run(task: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await task();
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="popup">
      <header>
        <h1>{t('popupTitle')}</h1>
        <ToggleSwitch label={t('pauseAll')} checked={pause?.global ?? false} onChange={(paused) => void sendMessage('setPaused', { scope: 'global', paused })} />
      </header>
      {activeSite && (
        <section aria-label={t('thisSite')} className="this-site">
          {verdict && <SiteVerdict verdict={verdict} dappName={verdictDapp ? dappName(verdictDapp) : null} />}
          <ToggleSwitch
            label={`${t('pauseSite')} (${new URL(activeSite).host})`}
            checked={pause?.origins.includes(activeSite) ?? false}
            onChange={(paused) => void sendMessage('setPaused', { scope: 'origin', origin: activeSite, paused })}
          />
        </section>
      )}
      <section aria-labelledby="recommended-title">
        <h2 id="recommended-title">{t('recommendedTitle')}</h2>
        {recommendations.starter && (
          <p className="starter">
            {t('recStarterIntro')}{' '}
            <button type="button" className="link" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/newtab.html') })}>{t('recDescribe')}</button>
          </p>
        )}
        {recommendations.items ? (
          <RecommendationList items={recommendations.items} onFeedback={(action) => void sendMessage('sendFeedback', action)} />
        ) : (
          <ModelProgress status={modelStatus ?? null} fallback={t('recComputing')} />
        )}
      </section>
      <section aria-labelledby="recent-title">
        <h2 id="recent-title">{t('recentActivity')}</h2>
        {pause?.global && <p className="paused-banner" role="status">{t('capturePaused')}</p>}
        {events === undefined ? <progress aria-label={t('working')} /> : <ActivityList rows={events.map((e) => toRow(e, dappName))} now={Date.now()} />}
      </section>
      <details>
        <summary>{t('pausedSites')}</summary>
        <SitePauseList sites={sites} paused={pause?.origins ?? []} onChange={(origin, paused) => void sendMessage('setPaused', { scope: 'origin', origin, paused })} />
      </details>
      <ActivityFileActions
        busy={busy}
        message={message}
        onExport={() => void run(async () => downloadText(await sendMessage('exportActivity'), `sextant-activity-${new Date().toISOString().slice(0, 10)}.json`))}
        onImport={(file) =>
          void run(async () => {
            const result = await sendMessage('importActivity', await file.text());
            setMessage(result.ok ? { kind: 'ok', text: t('importDone', [String(result.imported)]) } : { kind: 'error', text: t('importFailed', [result.error]) });
          })
        }
      />
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
