import type { DropCounts } from '../activity/drop-reasons';
import type { SextantDb } from './schema';

/** How long a relay's counted totals are remembered: its saved queue and its live resend arrive well within this. */
const RELAY_TOTALS_KEPT_MS = 24 * 60 * 60 * 1000;

/** A relay's running drop totals (they only grow), as its batch carries them. */
export interface RelayTotals {
  relay: string;
  totals: DropCounts;
  at: number;
}

const positive = (counts: DropCounts) => Object.entries(counts).filter(([, n]) => typeof n === 'number' && n > 0) as [keyof DropCounts, number][];

/**
 * Adds drop counts. A relay's totals add only what grew since that relay's last counted totals:
 * the same batch can arrive twice (drained from its saved queue and resent by the live relay, or
 * resent after the worker stopped before answering), and must count once.
 */
export async function addDrops(db: SextantDb, counts: DropCounts, relay?: RelayTotals): Promise<void> {
  if (positive(counts).length === 0 && !relay) return;
  await db.transaction('rw', db.drops, db.relayDrops, async () => {
    const added = { ...counts };
    if (relay) {
      const counted = (await db.relayDrops.get(relay.relay))?.totals ?? {};
      const totals = { ...counted };
      for (const [reason, n] of positive(relay.totals)) {
        const grew = n - (counted[reason] ?? 0);
        if (grew <= 0) continue;
        added[reason] = (added[reason] ?? 0) + grew;
        totals[reason] = n;
      }
      await db.relayDrops.put({ relay: relay.relay, totals, at: relay.at });
      await db.relayDrops.where('at').below(relay.at - RELAY_TOTALS_KEPT_MS).delete();
    }
    for (const [reason, n] of positive(added)) {
      const row = await db.drops.get(reason);
      await db.drops.put({ reason, count: (row?.count ?? 0) + n });
    }
  });
}

export async function readDrops(db: SextantDb): Promise<DropCounts> {
  const rows = await db.drops.toArray();
  return Object.fromEntries(rows.map((r) => [r.reason, r.count]));
}
