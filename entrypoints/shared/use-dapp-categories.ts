import { useEffect, useState } from 'react';

/**
 * Categories of bundled dApps, for their monograms. The catalog is a large chunk, so it loads after
 * the first paint and only when some dApp needs a category; an unknown id gets a neutral 'other'.
 */
export function useDappCategories(ids: readonly string[]): (id: string) => string {
  const [byId, setById] = useState<ReadonlyMap<string, string> | null>(null);
  const needed = ids.length > 0;
  useEffect(() => {
    if (!needed) return;
    import('@/lib/catalog/bundled-catalog').then(
      (m) => setById(new Map(m.bundledEntries().map((d) => [d.id, d.category]))),
      (e: unknown) => console.warn('Sextant: catalog failed to load', e),
    );
  }, [needed]);
  return (id) => byId?.get(id) ?? 'other';
}
