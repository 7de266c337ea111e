import { useT } from './i18n';
import { Icon } from './icon';

/** The top-of-page notice while capture is off everywhere or on this site, with the way to resume. */
export function PausedBanner({ scope, onResume }: { scope: 'everywhere' | 'site'; onResume(): void }) {
  const t = useT();
  return (
    <div className="paused-banner" role="status">
      <Icon name="pause" />
      <span>{t(scope === 'everywhere' ? 'pausedEverywhere' : 'pausedHere')}</span>
      <button type="button" onClick={onResume}>{t('resume')}</button>
    </div>
  );
}
