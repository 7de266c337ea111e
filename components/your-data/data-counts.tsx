import { useT } from '../i18n';

export interface DataCountsProps {
  counts: { events: number; feedback: number; catalogImports: number; settings: number } | undefined;
  /** navigator.storage.estimate(), in bytes, when the browser gives it. */
  storage?: { usage: number; quota: number };
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** What is stored, table by table, and how much room it takes. */
export function DataCounts({ counts, storage }: DataCountsProps) {
  const t = useT();
  const rows: [string, string, number | undefined][] = [
    ['events', t('countEvents'), counts?.events],
    ['feedback', t('countFeedback'), counts?.feedback],
    ['catalog-imports', t('countCatalogImports'), counts?.catalogImports],
    ['settings', t('countSettings'), counts?.settings],
  ];
  return (
    <div className="data-counts">
      <dl>
        {rows.map(([id, label, n]) => (
          <div key={id} data-count={id}>
            <dt>{label}</dt>
            <dd>{n ?? '…'}</dd>
          </div>
        ))}
      </dl>
      {storage && <p className="storage-used">{t('storageUsed', [mb(storage.usage), mb(storage.quota)])}</p>}
    </div>
  );
}
