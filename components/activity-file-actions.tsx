import { useRef } from 'react';
import { useT } from './i18n';

interface ActivityFileActionsProps {
  busy: boolean;
  message: { kind: 'ok' | 'error'; text: string } | null;
  onExport(): void;
  onImport(file: File): void;
}

export function ActivityFileActions({ busy, message, onExport, onImport }: ActivityFileActionsProps) {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="file-actions">
      <button type="button" onClick={onExport} disabled={busy}>{t('exportActivity')}</button>
      <button type="button" onClick={() => input.current?.click()} disabled={busy}>{t('importActivity')}</button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        aria-label={t('importActivity')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) onImport(file);
        }}
      />
      {busy && <progress aria-label={t('working')} />}
      {message && <p role="status" className={`message ${message.kind}`}>{message.text}</p>}
    </div>
  );
}
