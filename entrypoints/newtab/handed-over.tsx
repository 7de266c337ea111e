import { useT } from '@/components/i18n';

/** What a new tab shows when Sextant's is off and the browser's own could not be opened. */
export function HandedOver() {
  const t = useT();
  // A hash marks the page as asked for, so the reload shows the dashboard instead of handing over again.
  const open = () => ((location.hash = 'for-you'), location.reload());
  return (
    <main className="handed-over">
      <p className="help">{t('newTabOff')} <button type="button" className="link" onClick={open}>{t('openDashboard')}</button></p>
    </main>
  );
}
