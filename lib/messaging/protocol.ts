import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DropCounts } from '../activity/drop-reasons';
import type { Observation } from '../activity/observation-schema';
import type { FeedbackAction } from '../ranking/feedback';
import type { ShownSearchResult } from '../search/search-catalog';
import type { CatalogImportResult } from '../storage/catalog-imports';
import type { CatalogRefreshSetting } from '../storage/catalog-refresh-setting';
import type { ImportResult } from '../storage/import-activity';

/** A relay's batch: observations from one page, stamped with that page's origin by the relay. */
export interface ObservationBatch {
  origin: string;
  observations: Observation[];
  /** What the relay dropped before sending, by reason. */
  drops: DropCounts;
}

export type PauseChange = { scope: 'global'; paused: boolean } | { scope: 'origin'; origin: string; paused: boolean };

/**
 * Every message between extension contexts. Only the background answers them, and only the
 * background writes to the database.
 */
export interface ProtocolMap {
  recordObservations(batch: ObservationBatch): void;
  setPaused(change: PauseChange): void;
  importActivity(fileText: string): ImportResult;
  exportActivity(): string;
  /** Loads the model and embeds the catalog if needed; progress goes to IndexedDB (model-status). */
  prepareModel(): void;
  search(request: SearchRequest): ShownSearchResult[];
  /** The model folders shipped in the extension (models/index.json) and the one in use. */
  listModels(): { models: string[]; current: string };
  /** Switches the embedding model and re-embeds the catalog with it, reporting progress. */
  setModel(modelId: string): void;
  /** Imports a DefiLlama /protocols file into the catalog. */
  importCatalog(fileText: string): CatalogImportResult;
  getCatalogRefresh(): CatalogRefreshSetting;
  setCatalogRefresh(setting: CatalogRefreshSetting): void;
  /** Fetches the user's refresh URL (only when they turned the refresh on) and imports it. */
  refreshCatalog(): CatalogImportResult;
  /** Applies feedback and re-ranks before answering, so the next list already reflects it. */
  sendFeedback(action: FeedbackAction): void;
  refreshRecommendations(): void;
  getHalfLife(): number;
  setHalfLife(days: number): void;
  /** Whether Sextant's new tab is shown or hands over to the browser's own. */
  setNewTabEnabled(enabled: boolean): void;
  /**
   * Sent by the popup to a tab's relay content script (not the background): the origin of the page
   * in that tab. Chromium shows a tab's URL only with host access or a toolbar click's activeTab
   * grant; the relay runs on every page and knows its own origin either way.
   */
  pageOrigin(): string;
}

export interface SearchRequest {
  query: string;
  top?: number;
  chain?: number;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
