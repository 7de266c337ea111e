import { useT } from './i18n';

/** What a part of a page that could not be shown says instead, in the page's language. */
export function SectionError() {
  const t = useT();
  return (
    <div className="state error" role="alert">
      <strong>{t('sectionFailed')}</strong>
      <span>{t('sectionFailedHelp')}</span>
    </div>
  );
}
