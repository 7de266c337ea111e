import { sendMessage } from '@/lib/messaging/protocol';
import { storageProblem, type StorageProblemKey } from '@/lib/storage/storage-problem';

/**
 * Where a page's unawaited work reports its failure: the console, and the background's "Recent
 * errors" list shown in the new tab's "Your data" (stored locally; nothing is sent anywhere). A
 * storage failure is named by its problem, so the list words it rather than quoting Dexie.
 */
export const reportFailure =
  (where: string) =>
  (error: unknown): void => {
    console.warn(`Sextant: ${where} failed`, error);
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    const { key } = storageProblem(error);
    const problem = key === 'errorUnexpected' ? {} : { problem: key as StorageProblemKey };
    sendMessage('reportError', { where, message, ...problem }).catch((reportError: unknown) => console.warn('Sextant: could not record a failure', reportError));
  };
