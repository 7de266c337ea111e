import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DropCounts } from '../activity/drop-reasons';
import type { Observation } from '../activity/observation-schema';
import type { FeedbackAction } from '../ranking/feedback';
import type { SiteVerdict } from '../safety/site-verdict';
import type { ShownSearchResult } from '../search/search-catalog';
import type { CatalogImportResult } from '../storage/catalog-imports';
import type { CatalogRefreshSetting } from '../storage/catalog-refresh-setting';
import type { ImportResult } from '../storage/import-activity';
import type { SidebarContext } from '../sidebar/sidebar-context';
import type { SiteAction } from '../sidebar/site-actions';
import type { StoredRecommendations } from '../storage/recommendation-state';
import type { SidebarLayout } from '../sidebar/sidebar-layout';
import type { SidebarChange } from '../sidebar/sidebar-settings';
import type { SiteCheckRequest } from './site-check-request-schema';

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
  /** The sidebar content script (top frame) asks how to draw the sidebar; the background reads the site from the sender. */
  sidebarLayout(): SidebarLayout;
  /** Background to a tab's sidebar content script: draw the sidebar this way now. */
  applySidebarLayout(layout: SidebarLayout): void;
  /** The sidebar page asks what to show; the site is the one the background recorded for the sender's tab, never one the page names. */
  sidebarContext(): SidebarContext;
  /** The sidebar page reads through the background: a frame inside a web page gets partitioned storage, not Sextant's database. */
  sidebarActions(): SiteAction[];
  sidebarRecommendations(): { stored: StoredRecommendations | null; liked: string[] };
  /** Background to every extension page: this tab's site has new activity; its sidebar asks again. */
  sidebarChanged(tabId: number): void;
  /** The sidebar page opens or collapses itself; remembered per site. */
  setSidebarExpanded(expanded: boolean): void;
  /** The sidebar page turns itself off on its site. */
  hideSidebarHere(): void;
  /** Settings: the sidebar off everywhere or on one site. */
  setSidebar(change: Exclude<SidebarChange, { scope: 'expanded' }>): void;
  /** The site check for a page URL: known dApp, phishing, lookalike or unknown (catalog and bundled list only, nothing from history). */
  checkSite(request: SiteCheckRequest): SiteVerdict;
}

export interface SearchRequest {
  query: string;
  top?: number;
  chain?: number;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
