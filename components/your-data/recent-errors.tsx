import { useLocale, useT } from '../i18n';

export interface RecentErrorsProps {
  errors: { time: number; text: string }[];
  onClear(): void;
}

/** Failures the background met, worded for the user, kept on this device only. */
export function RecentErrors({ errors, onClear }: RecentErrorsProps) {
  const t = useT();
  const locale = useLocale();
  if (errors.length === 0) return <p className="recent-errors-none">{t('recentErrorsNone')}</p>;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="recent-errors">
      <ul>
        {errors.map((e, i) => (
          <li key={`${e.time}-${i}`}>
            <time dateTime={new Date(e.time).toISOString()}>{when.format(e.time)}</time> {e.text}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onClear}>{t('recentErrorsClear')}</button>
    </div>
  );
}
