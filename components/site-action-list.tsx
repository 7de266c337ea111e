import type { ActionText } from '@/lib/activity/describe-event';
import type { GrantDetails } from '@/lib/activity/grant-details';
import type { Outcome } from '@/lib/activity/outcome';
import { actionLabel } from './action-label';
import { useLocale, useT } from './i18n';
import { relativeTime } from './relative-time';

export interface SiteActionRow {
  key: string;
  action: ActionText;
  chain: string | null;
  time: number;
  outcome: Outcome;
  grant: GrantDetails | null;
}

const STATUS_KEY = { pending: 'statusPending', ok: 'statusOk', error: 'statusError' } as const;

const short = (address: string) => `${address.slice(0, 6)}…${address.slice(-4)}`;

function GrantLines({ grant }: { grant: GrantDetails }) {
  const t = useT();
  const locale = useLocale();
  const token = grant.token ? (grant.token.symbol ?? short(grant.token.address)) : t('grantTokenUnknown');
  const amount = !grant.amount
    ? null
    : grant.amount.kind === 'unlimited'
      ? t('grantUnlimited')
      : grant.amount.kind === 'all'
        ? t('grantAllItems')
        : grant.amount.symbol ? `${grant.amount.value} ${grant.amount.symbol}` : t('grantRawAmount', [grant.amount.value]);
  const party = grant.counterparty;
  return (
    <dl className="grant">
      <div><dt>{t(grant.role === 'operator' ? 'grantCollection' : 'grantToken')}</dt><dd title={grant.token?.address}>{token}</dd></div>
      {amount && <div><dt>{t('grantAmount')}</dt><dd className={grant.amount?.kind === 'amount' ? undefined : 'strong'}>{amount}</dd></div>}
      <div>
        <dt>{t(grant.role === 'operator' ? 'grantOperator' : 'grantSpender')}</dt>
        <dd title={party?.address}>
          {party ? (party.name ?? short(party.address)) : t('grantSpenderNotRecorded')}
          {party?.flag && <span className="flag"> <span aria-hidden="true">⚠ </span>{t(party.flag === 'unknown' ? 'grantFlagUnknown' : 'grantFlagOtherDapp')}</span>}
        </dd>
      </div>
      {grant.expiry !== null && (
        <div><dt>{t('grantExpiry')}</dt><dd>{new Date(grant.expiry * 1000).toLocaleDateString(locale, { dateStyle: 'medium' })}</dd></div>
      )}
    </dl>
  );
}

/** What the person did on this site, newest first, with what matters for safety on approvals and permits. */
export function SiteActionList({ rows, now }: { rows: SiteActionRow[]; now: number }) {
  const t = useT();
  const locale = useLocale();
  if (rows.length === 0) return <p className="muted">{t('sidebarNoActions')}</p>;
  return (
    <ol className="site-actions">
      {rows.map((row) => (
        <li key={row.key} data-status={row.outcome.status}>
          <p className="action-head">
            <span className="action-label">
              {actionLabel(t, row.action)}
              {row.action.warning === 'unlimited-approval' && (
                <span className="warning" role="img" aria-label={t('unlimitedWarning')} title={t('unlimitedWarning')}> ⚠</span>
              )}
            </span>
            <time dateTime={new Date(row.time).toISOString()}>{relativeTime(row.time, now, locale)}</time>
          </p>
          <p className="muted">{[row.chain ?? t('unknownChain'), t(STATUS_KEY[row.outcome.status])].join(' · ')}</p>
          {row.grant && <GrantLines grant={row.grant} />}
        </li>
      ))}
    </ol>
  );
}
