import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { db } from './db';
import { reportFailure } from './report-failure';

/**
 * Names for the given dApp ids. The bundled catalog is loaded after the first paint (it is a large
 * chunk and nothing above the fold needs it); imported dApps are read by id only.
 */
export function useDappNames(ids: readonly string[]): (id: string) => string | null {
  const [bundled, setBundled] = useState<ReadonlyMap<string, string> | null>(null);
  useEffect(() => {
    import('@/lib/catalog/bundled-catalog')
      .then((m) => setBundled(new Map(m.bundledEntries().map((d) => [d.id, d.name]))))
      .catch(reportFailure('loading dApp names'));
  }, []);
  const key = [...new Set(ids)].sort().join(',');
  const imported = useLiveQuery(() => db.catalogImports.where('id').anyOf(key ? key.split(',') : []).toArray(), [key]);
  return (id) => bundled?.get(id) ?? imported?.find((d) => d.id === id)?.name ?? null;
}
