import { sendMessage } from '@/lib/messaging/protocol';

/**
 * Where a page's unawaited work reports its failure: the console, and the background's "Recent
 * errors" list shown in the new tab's "Your data" (stored locally; nothing is sent anywhere).
 */
export const reportFailure =
  (where: string) =>
  (error: unknown): void => {
    console.warn(`Sextant: ${where} failed`, error);
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    sendMessage('reportError', { where, message }).catch((reportError: unknown) => console.warn('Sextant: could not record a failure', reportError));
  };
