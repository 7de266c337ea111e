import type { Outcome } from '@/lib/activity/outcome';
import type { ActionText } from '@/lib/activity/describe-event';
import { actionLabel } from './action-label';
import { useLocale, useT } from './i18n';
import { relativeTime } from './relative-time';

export interface ActivityRow {
  key: string;
  site: string | null;
  action: ActionText;
  chain: string | null;
  time: number;
  outcome: Outcome;
}

const STATUS_KEY = { pending: 'statusPending', ok: 'statusOk', error: 'statusError' } as const;

export function ActivityList({ rows, now }: { rows: ActivityRow[]; now: number }) {
  const t = useT();
  const locale = useLocale();
  if (rows.length === 0) return <p className="empty">{t('noActivity')}</p>;
  return (
    <table className="activity">
      <thead>
        <tr>
          <th scope="col">{t('colSite')}</th>
          <th scope="col">{t('colAction')}</th>
          <th scope="col">{t('colChain')}</th>
          <th scope="col">{t('colTime')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-status={row.outcome.status} data-tx={row.outcome.status === 'ok' ? row.outcome.txHash : undefined}>
            <td className="site" title={row.site ?? undefined}>{row.site ?? t('noSite')}</td>
            <td>
              {actionLabel(t, row.action)}
              {row.action.site && (
                <span className="warning" role="img" aria-label={t(`${row.action.site}SiteWarning`)} title={t(`${row.action.site}SiteWarning`)}> ⛔</span>
              )}
              {row.action.warning === 'unlimited-approval' && (
                <span className="warning" role="img" aria-label={t('unlimitedWarning')} title={t('unlimitedWarning')}> ⚠</span>
              )}
              <span className={`status ${row.outcome.status}`}> · {t(STATUS_KEY[row.outcome.status])}</span>
            </td>
            <td>{row.chain ?? t('unknownChain')}</td>
            <td>
              <time dateTime={new Date(row.time).toISOString()}>{relativeTime(row.time, now, locale)}</time>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
