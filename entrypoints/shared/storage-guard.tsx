import { useSyncExternalStore, type ReactNode } from 'react';
import { useT } from '@/components/i18n';
import { PageErrorBoundary } from '@/components/page-error-boundary';
import { StorageAlert } from '@/components/storage-alert';
import { describeProblem } from '@/lib/activity/describe-problem';
import { storageProblem } from '@/lib/storage/storage-problem';
import { databaseHealth } from './db';
import { reportFailure } from './report-failure';

const reload = () => location.reload();

/**
 * Wraps a page that reads the database: says at the top, in the user's language, when the
 * database is blocked, closed, upgraded elsewhere or failing, and shows that instead of a blank
 * page when a read fails while rendering.
 */
export function StorageGuard({ children }: { children: ReactNode }) {
  const t = useT();
  const health = useSyncExternalStore(databaseHealth.subscribe, databaseHealth.get);
  return (
    <>
      {!health.ok && <StorageAlert text={describeProblem(t, health.problem)} onReload={reload} />}
      <PageErrorBoundary
        onError={reportFailure('showing the page')}
        // While the alert above already says what is wrong, the page's own failure adds nothing.
        fallback={(error) => (health.ok ? <StorageAlert text={describeProblem(t, storageProblem(error))} onReload={reload} /> : null)}
      >
        {children}
      </PageErrorBoundary>
    </>
  );
}
