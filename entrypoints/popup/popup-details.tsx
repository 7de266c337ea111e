import { useLiveQuery } from 'dexie-react-hooks';
import { ActivityGroups } from '@/components/activity-groups';
import { useLocale, useT } from '@/components/i18n';
import { SitePauseList } from '@/components/site-pause-list';
import { FileTransfer } from '@/components/your-data/file-transfer';
import { groupBySiteDay } from '@/lib/activity/group-by-site-day';
import { readDrops } from '@/lib/storage/drops-repo';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { recentEvents } from '@/lib/storage/recent-events';
import { usedSites } from '@/lib/storage/used-sites';
import { activityItem } from '../shared/activity-item';
import { db } from '../shared/db';
import { reportFailure } from '../shared/report-failure';
import { useContractNames } from '../shared/use-contract-names';
import { useDappNames } from '../shared/use-dapp-names';
import { useFileTransfer } from '../shared/use-file-transfer';

// The popup shows the latest visits; the new tab has the rest.
const GROUPS_SHOWN = 10;
const EVENTS_READ = 200;


export interface PopupDetailsProps {
  setPaused(origin: string, paused: boolean): void;
  openDashboard(hash: string): void;
}

/**
 * Everything below the recommendations: recent activity, the sites' pause switches, export and
 * import, and what capture dropped. Loaded after the first paint, since wording activity needs the
 * token list, the decoders and the file formats, which the recommendations do not.
 */
export function PopupDetails({ setPaused, openDashboard }: PopupDetailsProps) {
  const t = useT();
  const locale = useLocale();
  const events = useLiveQuery(() => recentEvents(db, EVENTS_READ), []);
  const sites = useLiveQuery(() => usedSites(db), []);
  const pause = useLiveQuery(() => getSetting(db, SETTINGS.pause), []);
  const drops = useLiveQuery(() => readDrops(db), []);
  const dappName = useDappNames((events ?? []).flatMap((e) => [e.dappId, e.site?.resembles]).filter((id): id is string => !!id));
  const contractName = useContractNames();
  const transfer = useFileTransfer(t);

  const dropTotal = Object.values(drops ?? {}).reduce((a, b) => a + (b ?? 0), 0);
  const groups = groupBySiteDay((events ?? []).map((e) => activityItem(e, { dapp: dappName, contract: contractName, locale })), GROUPS_SHOWN);

  return (
    <>
      <section aria-labelledby="recent-title">
        <div className="section-head">
          <h2 id="recent-title">{t('recentActivity')}</h2>
          {events !== undefined && events.length > 0 && (
            <button type="button" className="link" onClick={() => openDashboard('#activity')}>{t('seeAllActivity')}</button>
          )}
        </div>
        {events === undefined ? <p className="state" role="status">{t('working')}</p> : groups.length === 0 ? <p className="state">{t('noActivity')}</p> : <ActivityGroups groups={groups} now={Date.now()} />}
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
    </>
  );
}
