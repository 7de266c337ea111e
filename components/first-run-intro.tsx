import { useT } from './i18n';

/** Two lines for someone who just installed Sextant: what it does, and that nothing leaves the machine. */
export function FirstRunIntro({ onDescribe }: { onDescribe(): void }) {
  const t = useT();
  return (
    <div className="intro card">
      <p><strong>{t('introWhat')}</strong></p>
      <p className="muted">{t('introPrivate')}</p>
      <p className="starter">
        {t('recStarterIntro')}{' '}
        <button type="button" className="link" onClick={onDescribe}>{t('recDescribe')}</button>
      </p>
    </div>
  );
}
