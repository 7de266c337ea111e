import type { ActionText } from '@/lib/activity/describe-event';
import type { SiteDay } from '@/lib/activity/group-by-site-day';
import type { Outcome } from '@/lib/activity/outcome';
import { actionLabel } from './action-label';
import { useLocale, useT } from './i18n';
import { relativeTime } from './relative-time';

export interface ActivityItem {
  key: string;
  time: number;
  origin: string | null;
  action: ActionText;
  chain: string | null;
  outcome: Outcome;
}

// A long session on one site shows its latest actions; the new tab lists them all.
const EVENTS_PER_GROUP = 6;

const STATUS_KEY = { pending: 'statusPending', ok: 'statusOk', error: 'statusError' } as const;

function dayLabel(day: number, now: number, locale: string | undefined, t: (k: string) => string): string {
  const today = new Date(now).setHours(0, 0, 0, 0);
  if (day === today) return t('today');
  if (day === today - 86_400_000 || (day < today && today - day < 90_000_000)) return t('yesterday');
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', ...(new Date(day).getFullYear() !== new Date(now).getFullYear() && { year: 'numeric' }) }).format(day);
}

// Within the last day "5 min ago" says most; older events already sit under their day, so the clock time.
const eventTime = (time: number, now: number, locale: string | undefined) =>
  now - time < 86_400_000 ? relativeTime(time, now, locale) : new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(time);

/** Recent activity folded by site and day: one line per visit, its actions listed under it. */
export function ActivityGroups({ groups, now }: { groups: SiteDay<ActivityItem>[]; now: number }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ol className="activity-groups">
      {groups.map((g) => (
        <li key={`${g.site} ${g.day}`} className="activity-group">
          <div className="group-head">
            <span className="group-site">{g.site ? new URL(g.site).host : t('noSite')}</span>
            <time dateTime={new Date(g.day).toISOString().slice(0, 10)}>{dayLabel(g.day, now, locale, t)}</time>
          </div>
          <ul className="group-events">
            {g.events.slice(0, EVENTS_PER_GROUP).map((e) => (
              <li key={e.key} data-site={g.site ? new URL(g.site).host : undefined} data-status={e.outcome.status} data-tx={e.outcome.status === 'ok' ? e.outcome.txHash : undefined}>
                <span className="event-action">
                  {/* At most two lines, the whole wording on hover; the warnings stay outside it, so they are never cut off. */}
                  <span className="event-text" title={actionLabel(t, e.action)}>{actionLabel(t, e.action)}</span>
                  {e.action.site && (
                    <span className="warning" role="img" aria-label={t(`${e.action.site}SiteWarning`)} title={t(`${e.action.site}SiteWarning`)}> ⛔</span>
                  )}
                  {e.action.warning === 'unlimited-approval' && (
                    <span className="warning" role="img" aria-label={t('unlimitedWarning')} title={t('unlimitedWarning')}> ⚠</span>
                  )}
                </span>
                <span className={`status ${e.outcome.status}`}>{t(STATUS_KEY[e.outcome.status])}</span>
                {e.chain && <span className="badge">{e.chain}</span>}
                <time className="event-time" dateTime={new Date(e.time).toISOString()}>{eventTime(e.time, now, locale)}</time>
              </li>
            ))}
          </ul>
          {g.events.length > EVENTS_PER_GROUP && <p className="group-more">{t('moreEvents', [String(g.events.length - EVENTS_PER_GROUP)])}</p>}
        </li>
      ))}
    </ol>
  );
}
