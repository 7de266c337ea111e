import type { DropCounts } from '../activity/drop-reasons';
import type { SextantDb } from './schema';

export async function addDrops(db: SextantDb, counts: DropCounts): Promise<void> {
  const entries = Object.entries(counts).filter(([, n]) => typeof n === 'number' && n > 0) as [keyof DropCounts, number][];
  if (entries.length === 0) return;
  await db.transaction('rw', db.drops, async () => {
    for (const [reason, n] of entries) {
      const row = await db.drops.get(reason);
      await db.drops.put({ reason, count: (row?.count ?? 0) + n });
    }
  });
}

export async function readDrops(db: SextantDb): Promise<DropCounts> {
  const rows = await db.drops.toArray();
  return Object.fromEntries(rows.map((r) => [r.reason, r.count]));
}
