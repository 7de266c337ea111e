import type { ModelStatus } from '@/lib/storage/model-status';
import { useT } from './i18n';
import { ProgressBar } from './progress-bar';

/** Shows the model loading and the catalog embedding as a bar; nothing once ready. */
export function ModelProgress({ status, fallback }: { status: ModelStatus | null; fallback?: string }) {
  const t = useT();
  if (!status || status.phase === 'ready' || status.phase === 'idle') return fallback ? <p role="status">{fallback}</p> : null;
  // The runtime's own message is English and technical: it goes to Recent errors, the person gets this.
  if (status.phase === 'error') return <p className="error" role="alert">{t('modelFailed')}</p>;
  return <ProgressBar label={t(status.phase === 'load-model' ? 'modelLoading' : 'modelEmbedding')} done={status.done} total={status.total} />;
}
