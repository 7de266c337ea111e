import { useState } from 'react';
import { useT } from '../i18n';

export interface DeleteEverythingProps {
  busy: boolean;
  events: number;
  onDelete(): void;
}

/** Delete everything, only after a second, explicit confirmation that says what goes. */
export function DeleteEverything({ busy, events, onDelete }: DeleteEverythingProps) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return <button type="button" className="danger" disabled={busy} onClick={() => setConfirming(true)}>{t('deleteAll')}</button>;
  }
  return (
    <div className="delete-confirm" role="alertdialog" aria-labelledby="delete-confirm-text">
      <p id="delete-confirm-text">{t('deleteConfirmText', [String(events)])}</p>
      <div className="delete-actions">
        <button type="button" className="danger" disabled={busy} onClick={() => { setConfirming(false); onDelete(); }}>{t('deleteConfirm')}</button>
        <button type="button" autoFocus onClick={() => setConfirming(false)}>{t('deleteCancel')}</button>
      </div>
    </div>
  );
}
