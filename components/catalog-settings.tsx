import { useId, useRef, useState } from 'react';
import { useT } from './i18n';
import { SaveNote, type SaveState } from './save-note';
import { ToggleSwitch } from './toggle-switch';

export interface CatalogImportSummary {
  added: string[];
  matched: string[];
  dropped: Record<string, number | undefined>;
}

interface CatalogSettingsProps {
  refresh: { enabled: boolean; url: string };
  busy: boolean;
  message: SaveState;
  /** The address last entered was not saved. */
  urlRefused: boolean;
  onImport(file: File): void;
  onRefreshChange(setting: { enabled: boolean; url: string }): void;
  onRefreshNow(): void;
}

/** Catalog import from a file and the opt-in refresh from a URL. */
export function CatalogSettings({ refresh, busy, message, urlRefused, onImport, onRefreshChange, onRefreshNow }: CatalogSettingsProps) {
  const t = useT();
  const urlId = useId();
  const input = useRef<HTMLInputElement>(null);
  // What the person types stays in the field, saved or not, so a refused address can be corrected.
  const [url, setUrl] = useState(refresh.url);
  return (
    <div className="catalog-settings">
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>{t('catalogImport')}</button>
      <input ref={input} type="file" accept="application/json,.json" hidden aria-label={t('catalogImport')} onChange={(e) => {
        const file = e.currentTarget.files?.[0];
        e.currentTarget.value = '';
        if (file) onImport(file);
      }} />
      <p className="help">{t('catalogImportHelp')}</p>
      <label htmlFor={urlId}>{t('catalogRefreshUrl')}</label>
      <input id={urlId} type="url" value={url} aria-invalid={urlRefused} placeholder="https://" onChange={(e) => setUrl(e.currentTarget.value)} onBlur={() => url !== refresh.url && onRefreshChange({ enabled: refresh.enabled && url !== '', url })} />
      <ToggleSwitch label={t('catalogRefreshEnable')} checked={refresh.enabled} disabled={url === ''} onChange={(enabled) => onRefreshChange({ enabled, url })} />
      <button type="button" disabled={busy || !refresh.enabled} onClick={onRefreshNow}>{t('catalogRefreshNow')}</button>
      {busy && <progress aria-label={t('working')} />}
      <SaveNote note={message} />
    </div>
  );
}
