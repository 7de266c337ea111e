import type { Ref } from 'react';
import { useT } from './i18n';

/** The collapsed sidebar: a narrow tab at the page's edge that opens it. */
export function SidebarHandle({ alert, onOpen, ref }: { alert: boolean; onOpen(): void; ref?: Ref<HTMLButtonElement> }) {
  const t = useT();
  return (
    <button ref={ref} type="button" className={alert ? 'handle handle-alert' : 'handle'} aria-expanded="false" aria-label={t('sidebarOpen')} title={t('sidebarOpen')} onClick={onOpen}>
      <span aria-hidden="true" className="handle-mark">{alert ? '⚠' : 'S'}</span>
      <span aria-hidden="true" className="handle-chevron">‹</span>
    </button>
  );
}
