import Dexie, { type EntityTable } from 'dexie';
import type { ActivityEvent } from '../activity/activity-event';
import { eventKey } from '../activity/event-key';
import type { DropReason } from '../activity/drop-reasons';
import type { Enrichment } from '../attribution/enrich-event';
import type { Dapp } from '../catalog/dapp-schema';
import { SETTINGS } from '../settings/registry';
import { settingRow } from '../settings/write-setting';

export interface StoredEvent extends ActivityEvent, Partial<Enrichment> {
  id?: number;
  /** The event's identity (event-key.ts), set on every write by the creating hook below. */
  key?: string;
}

export interface DropCount {
  reason: DropReason;
  count: number;
}

/** A relay's running drop totals as last counted (drops-repo.ts), so a batch that arrives twice counts once. */
export interface RelayDrops {
  relay: string;
  totals: Partial<Record<DropReason, number>>;
  /** When the background last counted them; old rows are pruned. */
  at: number;
}

export interface StoredEmbedding {
  model: string;
  hash: string;
  vector: Float32Array;
}

/** One row of the settings table; lib/settings/registry.ts declares every key, its schema and version. */
export interface Setting {
  key: string;
  value: unknown;
  /** The version of the definition that wrote it; absent on rows written before rows carried one. */
  version?: number;
}

export type SextantDb = Dexie & {
  events: EntityTable<StoredEvent, 'id'>;
  drops: EntityTable<DropCount, 'reason'>;
  settings: EntityTable<Setting, 'key'>;
  embeddings: Dexie.Table<StoredEmbedding, [string, string]>;
  catalogImports: EntityTable<Dapp, 'id'>;
  relayDrops: EntityTable<RelayDrops, 'relay'>;
};

export interface OpenDbOptions {
  /**
   * Decodes and attributes an event. Only the background passes it: pages must not load the
   * decoder. If a page happens to run the v3 upgrade, it leaves a note and the background enriches
   * those events when it next starts (see enrich-missing.ts).
   */
  enrich?: (event: StoredEvent) => Enrichment;
  dexie?: ConstructorParameters<typeof Dexie>[1];
}

/**
 * Gives every stored event its identity and removes the copies that importing a file twice made
 * before v5. Only an imported row that repeats an earlier row's identity (same origin, time to the
 * millisecond, method and params) goes; captured rows always stay, so two identical requests a page
 * really made are both kept.
 */
function keyAndDedupe(events: Dexie.Table<StoredEvent, number>) {
  const seen = new Set<string>();
  return events.toCollection().modify((event, ref) => {
    const key = eventKey(event);
    if (event.source === 'import' && seen.has(key)) {
      delete (ref as { value?: StoredEvent }).value;
      return;
    }
    seen.add(key);
    event.key = key;
  });
}

/**
 * Opens Sextant's database. Versions only ever append: a new version adds tables or indexes and,
 * where needed, an upgrade next to it. Never edit a released version.
 */
export function openDb(name = 'sextant', options: OpenDbOptions = {}): SextantDb {
  const db = new Dexie(name, options.dexie) as SextantDb;
  db.version(1).stores({
    events: '++id, &uid, time, origin, method',
    drops: 'reason',
    settings: 'key',
  });
  // v2: embedding cache keyed by (model id, sha256 of the text).
  db.version(2).stores({ embeddings: '[model+hash]' });
  // v3: events carry their decoded action and dApp; older events are decoded and attributed now.
  db.version(3)
    .stores({ events: '++id, &uid, time, origin, method, dappId' })
    .upgrade((tx) => {
      const { enrich } = options;
      if (!enrich) return tx.table<Setting>('settings').put(settingRow(SETTINGS.needsEnrichment, true));
      return tx.table<StoredEvent>('events').toCollection().modify((e) => void Object.assign(e, enrich(e)));
    });
  // v4: dApps the user imported (a DefiLlama file or an opt-in refresh), merged with the bundled catalog.
  db.version(4).stores({ catalogImports: 'id' });
  // v5: a stable identity per event and an index on tx hashes, so importing a file twice adds nothing.
  db.version(5)
    .stores({ events: '++id, &uid, time, origin, method, dappId, key, outcome.txHash' })
    .upgrade((tx) => keyAndDedupe(tx.table<StoredEvent, number>('events')));
  // v6: each relay's drop totals as counted, so its saved queue and its live resend are not both added.
  db.version(6).stores({ relayDrops: 'relay, at' });
  db.events.hook('creating', (_id, event) => {
    event.key ??= eventKey(event);
  });
  return db;
}
