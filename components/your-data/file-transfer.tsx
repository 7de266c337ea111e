import { useId, useRef } from 'react';
import { ProgressBar } from '../progress-bar';
import { useT } from '../i18n';

export interface TransferProgress {
  label: string;
  done: number;
  total: number;
}

export interface FileTransferProps {
  busy: boolean;
  progress: TransferProgress | null;
  message: { kind: 'ok' | 'error'; text: string } | null;
  /** Chains an explorer CSV may come from; omitted where there is no room to choose (the popup). */
  chains?: { id: number; name: string }[];
  chainId?: number;
  onChainChange?(chainId: number | undefined): void;
  onExport(): void;
  onImport(file: File): void;
}

/** Export everything; import a Sextant export or an explorer CSV, with progress and the outcome. */
export function FileTransfer({ busy, progress, message, chains, chainId, onChainChange, onExport, onImport }: FileTransferProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const chainSelect = useId();
  return (
    <div className="file-actions">
      <div className="file-buttons">
        <button type="button" onClick={onExport} disabled={busy}>{t('exportEverything')}</button>
        <button type="button" onClick={() => input.current?.click()} disabled={busy}>{t('importFile')}</button>
        {chains && onChainChange && (
          <span className="chain-choice">
            <label htmlFor={chainSelect}>{t('importChain')}</label>
            <select id={chainSelect} value={chainId ?? ''} disabled={busy} onChange={(e) => onChainChange(e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))}>
              <option value="">{t('importChainAuto')}</option>
              {chains.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
            </select>
          </span>
        )}
      </div>
      <input
        ref={input}
        type="file"
        accept="application/json,.json,text/csv,.csv"
        hidden
        aria-label={t('importFile')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onImport(file);
        }}
      />
      {progress && <ProgressBar label={progress.label} done={progress.done} total={progress.total} />}
      {message && <p role="status" className={`message ${message.kind}`}>{message.text}</p>}
    </div>
  );
}
