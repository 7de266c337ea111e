import { useLiveQuery } from 'dexie-react-hooks';
import { bundledEntries } from '@/lib/catalog/bundled-catalog';
import type { Dapp } from '@/lib/catalog/dapp-schema';
import { db } from './db';

const bundled = new Map(bundledEntries().map((d) => [d.id, d]));

/** Every dApp a page may need to name: the bundled catalog plus the user's imports (validated when imported). */
export function useDapps(): ReadonlyMap<string, Dapp> {
  const imported = useLiveQuery(() => db.catalogImports.toArray(), []);
  if (!imported?.length) return bundled;
  const all = new Map(bundled);
  for (const d of imported) if (!all.has(d.id)) all.set(d.id, d);
  return all;
}
