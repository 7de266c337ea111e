import type { CategoryId } from '@/lib/catalog/categories';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { categoryLabel } from '@/components/category-label';
import { useT } from '@/components/i18n';
import { DataCounts } from '@/components/your-data/data-counts';
import { DeleteEverything } from '@/components/your-data/delete-everything';
import { FeedbackReview } from '@/components/your-data/feedback-review';
import { FileTransfer } from '@/components/your-data/file-transfer';
import { RecentErrors } from '@/components/your-data/recent-errors';
import { describeProblem } from '@/lib/activity/describe-problem';
import { sendMessage } from '@/lib/messaging/protocol';
import { countYourData } from '@/lib/storage/delete-everything';
import { getSetting } from '@/lib/settings/read-setting';
import { SETTINGS } from '@/lib/settings/registry';
import { storageProblem } from '@/lib/storage/storage-problem';
import { db } from '../shared/db';
import { useDappNames } from '../shared/use-dapp-names';
import { useFileTransfer } from '../shared/use-file-transfer';
import { reportFailure } from '../shared/report-failure';

/** "Your data": what is stored, export and import, feedback to review, recent errors, delete everything. */
export function YourDataSection({ chains }: { chains: { id: number; name: string }[] }) {
  const t = useT();
  const counts = useLiveQuery(() => countYourData(db), []);
  const feedback = useLiveQuery(() => getSetting(db, SETTINGS.feedback), []);
  const errors = useLiveQuery(() => getSetting(db, SETTINGS.recentErrors), []);
  const dappName = useDappNames(feedback ? [...feedback.liked, ...feedback.notInterested, ...feedback.alreadyUse] : []);
  const [storage, setStorage] = useState<{ usage: number; quota: number }>();
  const [chainId, setChainId] = useState<number>();
  const [deleting, setDeleting] = useState(false);
  const [deleteMessage, setDeleteMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const transfer = useFileTransfer(t);

  useEffect(() => {
    void navigator.storage
      .estimate()
      .then(({ usage, quota }) => setStorage(usage !== undefined && quota !== undefined ? { usage, quota } : undefined))
      .catch((error: unknown) => console.error('storage estimate failed', error));
  }, [counts]);

  async function deleteAll() {
    setDeleting(true);
    setDeleteMessage(null);
    try {
      const result = await sendMessage('deleteEverything');
      setDeleteMessage(result.ok ? { kind: 'ok', text: t('deleteDone') } : { kind: 'error', text: describeProblem(t, result.problem) });
    } catch (error) {
      setDeleteMessage({ kind: 'error', text: describeProblem(t, storageProblem(error)) });
    } finally {
      setDeleting(false);
    }
  }

  const undo = (target: { dappId: string } | { category: CategoryId }) =>
    void sendMessage('sendFeedback', { kind: 'undo', ...target }).catch((error: unknown) => setDeleteMessage({ kind: 'error', text: describeProblem(t, storageProblem(error)) }));

  return (
    <section aria-labelledby="your-data-title" className="your-data">
      <h2 id="your-data-title">{t('yourDataTitle')}</h2>
      <p className="privacy">{t('yourDataIntro')}</p>
      <DataCounts counts={counts} storage={storage} />
      <p className="privacy">{t('importFileHelp')}</p>
      <FileTransfer
        {...transfer}
        chains={chains}
        chainId={chainId}
        onChainChange={setChainId}
        onExport={() => transfer.exportAll().catch(reportFailure('export'))}
        onImport={(file) => transfer.importOne(file, chainId).catch(reportFailure('import'))}
      />
      <h3>{t('feedbackReview')}</h3>
      <FeedbackReview feedback={feedback} dappName={(id) => dappName(id) ?? id} categoryName={(c) => categoryLabel(t, c)} onUndo={undo} />
      <h3>{t('recentErrors')}</h3>
      <RecentErrors
        errors={(errors ?? []).map((e) => ({ time: e.time, text: describeProblem(t, e.problem) }))}
        onClear={() => void sendMessage('clearErrors').catch((error: unknown) => console.error('clearing errors failed', error))}
      />
      <DeleteEverything busy={deleting} events={counts?.events ?? 0} onDelete={() => deleteAll().catch(reportFailure('delete everything'))} />
      {deleteMessage && <p role="status" className={`message ${deleteMessage.kind}`}>{deleteMessage.text}</p>}
    </section>
  );
}
