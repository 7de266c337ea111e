import { useT } from './i18n';

/** A storage problem at the top of a page, already worded, with the one way out that always helps: reloading. */
export function StorageAlert({ text, onReload }: { text: string; onReload(): void }) {
  const t = useT();
  return (
    <div className="storage-alert" role="alert">
      <span>{text}</span>
      <button type="button" onClick={onReload}>{t('reloadPage')}</button>
    </div>
  );
}
