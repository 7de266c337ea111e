import { useState } from 'react';
import type { Translate } from '@/components/i18n';
import type { TransferProgress } from '@/components/your-data/file-transfer';
import { describeProblem } from '@/lib/activity/describe-problem';
import { storageProblem } from '@/lib/storage/storage-problem';
import { exportFile } from './export-file';
import { importFile, type ImportProgress } from './import-file';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

function progressLabel(t: Translate, p: ImportProgress): TransferProgress {
  if (p.phase === 'read') return { label: t('importReading', [mb(p.done), mb(p.total)]), done: p.done, total: p.total };
  if (p.phase === 'check') return { label: t('importChecking', [String(p.total)]), done: 0, total: p.total };
  return { label: t('importSending', [String(p.done), String(p.total)]), done: p.done, total: p.total };
}

/** Export and import as the pages run them: busy state, progress, and every outcome worded for the user. */
export function useFileTransfer(t: Translate) {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<TransferProgress | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  async function run(task: () => Promise<{ kind: 'ok' | 'error'; text: string }>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await task());
    } catch (error) {
      setMessage({ kind: 'error', text: describeProblem(t, storageProblem(error)) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  return {
    busy,
    progress,
    message,
    exportAll: () =>
      run(async () => {
        const { events, unwritable } = await exportFile();
        return { kind: 'ok', text: [t('exportDone', [String(events)]), ...(unwritable ? [t('exportUnwritable', [String(unwritable)])] : [])].join(' ') };
      }),
    importOne: (file: File, chainId?: number) =>
      run(async () => {
        const result = await importFile(file, chainId, (p) => setProgress(progressLabel(t, p)));
        if (!result.ok) {
          const stopped = result.added ? [t('importStopped', [String(result.added)])] : [];
          return { kind: 'error', text: [describeProblem(t, result.problem, result.rejections), ...stopped].join(' ') };
        }
        const text =
          result.skipped === undefined
            ? t('importResult', [String(result.added), String(result.duplicates)])
            : t('importResultCsv', [String(result.added), String(result.duplicates), String(result.skipped)]);
        return { kind: 'ok', text };
      }),
  };
}
