import type { DropCounts, DropReason } from '../activity/drop-reasons';
import { isEventTime, receiptTime } from '../activity/event-time';
import { isWebOrigin } from '../activity/is-web-origin';
import { observationSchema, type Observation } from '../activity/observation-schema';
import type { TokenBuckets } from '../activity/token-bucket';
import { observationBatchSchema } from '../messaging/observation-batch-schema';
import { enrichEvent } from '../attribution/enrich-event';
import type { CatalogLookup } from '../catalog/catalog-lookup';
import { addDrops } from './drops-repo';
import { getSetting } from '../settings/read-setting';
import { SETTINGS } from '../settings/registry';
import { isPaused } from './pause-settings';
import type { SextantDb, StoredEvent } from './schema';
import type { StorageBudget } from './storage-budget';

export interface IngestLimits {
  requests: TokenBuckets;
  outcomes: TokenBuckets;
}

export interface IngestContext {
  limits: IngestLimits;
  /** The catalog that events are attributed against when stored. */
  lookup: CatalogLookup;
  /** The background's clock; events are dated by it, never by the page. */
  now?: () => number;
  /** Per-site and total storage budgets (storage-budget.ts); without one, only the rate limits apply. */
  budget?: StorageBudget;
}

export interface IngestResult {
  stored: number;
  updated: number;
  /** Outcomes that were errors: the user rejected something already counted at full weight. */
  rejected: number;
  /** What this batch dropped here; a relay's own running totals (the batch's `relay`) are counted apart. */
  drops: DropCounts;
}

/**
 * The background's one write path for observed activity. `senderOrigin` comes from the browser's
 * own record of who sent the message, never from the message.
 */
export async function ingestObservations(db: SextantDb, input: unknown, senderOrigin: string | null, { limits, lookup, now = Date.now, budget }: IngestContext): Promise<IngestResult> {
  const drops: DropCounts = {};
  const drop = (reason: DropReason, n = 1) => (drops[reason] = (drops[reason] ?? 0) + n);
  const result: IngestResult = { stored: 0, updated: 0, rejected: 0, drops };

  const batch = observationBatchSchema.safeParse(input);
  if (!batch.success) {
    drop('invalid-shape');
    await addDrops(db, drops);
    return result;
  }
  const { origin, observations, relay } = batch.data;
  // A relay's own totals are counted by addDrops below, once per relay however often they arrive.
  if (!relay) for (const [reason, n] of Object.entries(batch.data.drops)) drop(reason as DropReason, n);

  const valid: Observation[] = [];
  for (const raw of observations) {
    const parsed = observationSchema.safeParse(raw);
    if (parsed.success) valid.push(parsed.data);
    else drop('invalid-shape');
  }
  if (senderOrigin === null || origin !== senderOrigin) drop('origin-mismatch', valid.length);
  // Only web pages: an export must always be importable, and the file format knows only http(s) origins.
  else if (!isWebOrigin(origin)) drop('unsupported-origin', valid.length);
  else if (isPaused(await getSetting(db, SETTINGS.pause), origin)) drop('paused', valid.length);
  else {
    const receivedAt = now();
    // Rate limits first, then decoding outside the transaction; the writes are two bulk operations.
    const requests: StoredEvent[] = [];
    const outcomes: Extract<Observation, { type: 'outcome' }>[] = [];
    for (const o of valid) {
      if (!(o.type === 'request' ? limits.requests : limits.outcomes).take(origin)) drop('rate-limited');
      else if (o.type === 'outcome') outcomes.push(o);
      else {
        const { uid, time, pageTime, method, params, chainId } = o;
        const event = {
          uid,
          time: receiptTime(time, receivedAt),
          ...(isEventTime(pageTime) ? { pageTime } : {}),
          method,
          params,
          chainId,
          origin,
          outcome: { status: 'pending' } as const,
          source: 'page' as const,
        };
        requests.push({ ...event, ...enrichEvent(lookup, event) });
      }
    }
    await db.transaction('rw', db.events, async () => {
      const existing = new Set(await db.events.where('uid').anyOf(requests.map((r) => r.uid)).keys());
      const unseen = requests.filter((r) => {
        const duplicate = existing.has(r.uid);
        if (duplicate) drop('duplicate');
        existing.add(r.uid);
        return !duplicate;
      });
      const fresh = budget ? await budget.admit(origin, unseen) : unseen;
      if (fresh.length < unseen.length) drop('over-budget', unseen.length - fresh.length);
      await db.events.bulkAdd(fresh);
      result.stored = fresh.length;

      const pending = new Map((await db.events.where('uid').anyOf(outcomes.map((o) => o.uid)).toArray()).map((e) => [e.uid, e]));
      const changed: StoredEvent[] = [];
      for (const o of outcomes) {
        const e = pending.get(o.uid);
        if (!e || e.origin !== origin) {
          drop('unknown-request');
          continue;
        }
        if (e.outcome.status !== 'pending') {
          drop('duplicate');
          continue;
        }
        e.outcome = o.outcome;
        changed.push(e);
        result.updated++;
        if (o.outcome.status === 'error') result.rejected++;
      }
      await db.events.bulkPut(changed);
    });
  }
  await addDrops(db, drops, relay ? { relay, totals: batch.data.drops, at: now() } : undefined);
  return result;
}
