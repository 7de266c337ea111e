import type { Problem } from '../activity/problem';
import type { ImportResult } from '../storage/import-activity';
import type { ExplorerImportResult } from '../storage/import-explorer-csv';
import type { CatalogImportResult } from '../storage/catalog-imports';
import type { SiteVerdict } from '../safety/site-verdict';
import type { ShownSearchAnswer } from '../search/search-catalog';
import { z } from '../zod';
import { feedbackActionSchema } from './feedback-action-schema';
import { observationBatchSchema } from './observation-batch-schema';
import { pauseChangeSchema } from './pause-change-schema';
import { searchRequestSchema } from './search-request-schema';
import { siteCheckRequestSchema } from './site-check-request-schema';
import { sidebarChangeSchema } from './sidebar-change-schema';
import { sidebarLayoutSchema } from './sidebar-layout-schema';
import type { SidebarContext } from '../sidebar/sidebar-context';
import type { SidebarLayout } from '../sidebar/sidebar-layout';
import type { SiteAction } from '../sidebar/site-actions';
import type { StoredRecommendations } from '../storage/recommendation-state';
import { USER_SETTINGS } from '../settings/registry';
import { STORAGE_PROBLEMS } from '../storage/storage-problem';

/**
 * Who may send a message: `page` is one of Sextant's own extension pages (popup, new tab,
 * options); `sidebar` is Sextant's sidebar page framed in a web page's tab; `content` is Sextant's
 * content script in a web page, whose origin the browser reports; `background` marks a message the
 * background sends to a tab's content script.
 */
export type SenderKind = 'page' | 'sidebar' | 'content' | 'background';

/** One message: who may send it and the schema its input must pass. `Output` is what the background answers. */
export interface MessageSpec<Input extends z.ZodType, Output> {
  from: SenderKind | readonly SenderKind[];
  input: Input;
  /** Type-level only: the answer's type. */
  output?: Output;
}

const message =
  <Output>() =>
  <Input extends z.ZodType>(spec: { from: SenderKind | readonly SenderKind[]; input: Input }): MessageSpec<Input, Output> =>
    spec;

const none = z.undefined();
/** An activity or catalog file as text; the importer checks its content. */
const fileText = z.string().max(64 * 1024 * 1024);

/**
 * Every message between extension contexts, declared once. Only the background answers them, and
 * only the background writes to the database. Types for senders and handlers are inferred from here.
 */
export const MESSAGES = {
  recordObservations: message<void>()({ from: 'content', input: observationBatchSchema }),
  setPaused: message<void>()({ from: 'page', input: pauseChangeSchema }),
  /**
   * One batch of an activity file (the page reads the file and sends it in batches; export needs no
   * message). The importer parses the batch itself, so a bad one is answered as a problem the page words.
   */
  importActivityBatch: message<ImportResult>()({ from: 'page', input: z.unknown() }),
  /** An Etherscan-family transaction CSV export, parsed by the importer like a batch. */
  importExplorerCsv: message<ExplorerImportResult>()({ from: 'page', input: z.unknown() }),
  /** Deletes every stored row: activity, feedback, settings, imported catalog entries. */
  deleteEverything: message<{ ok: true } | { ok: false; problem: Problem }>()({ from: 'page', input: none }),
  clearErrors: message<void>()({ from: 'page', input: none }),
  /** Loads the model and embeds the catalog if needed; progress goes to IndexedDB (model-status). */
  prepareModel: message<void>()({ from: 'page', input: none }),
  /** Results (empty with noGoodMatch when nothing reaches the relevance floor), described in the request's locale. */
  search: message<ShownSearchAnswer>()({ from: 'page', input: searchRequestSchema }),
  /** The model folders shipped in the extension (models/index.json); pages read the one in use from the settings. */
  listModels: message<string[]>()({ from: 'page', input: none }),
  /** Switches the embedding model and re-embeds the catalog with it, reporting progress. */
  setModel: message<void>()({ from: 'page', input: USER_SETTINGS.modelId.schema }),
  /** Imports a DefiLlama /protocols file into the catalog. */
  importCatalog: message<CatalogImportResult>()({ from: 'page', input: fileText }),
  setCatalogRefresh: message<void>()({ from: 'page', input: USER_SETTINGS.catalogRefresh.schema }),
  /** The chains the catalog in use covers, each with how many of its dApps run there, for the chains setting. */
  catalogChains: message<{ chainId: number; dapps: number }[]>()({ from: 'page', input: none }),
  /** Fetches the user's refresh URL (only when they turned the refresh on) and imports it. */
  refreshCatalog: message<CatalogImportResult>()({ from: 'page', input: none }),
  /** Applies feedback and re-ranks before answering, so the next list already reflects it. */
  sendFeedback: message<void>()({ from: ['page', 'sidebar'], input: feedbackActionSchema }),
  refreshRecommendations: message<void>()({ from: ['page', 'sidebar'], input: none }),
  setHalfLife: message<void>()({ from: 'page', input: USER_SETTINGS.halfLifeDays.schema }),
  /** The chains recommendations consider; the ranking is recomputed after the answer. */
  setChains: message<void>()({ from: 'page', input: USER_SETTINGS.chains.schema }),
  /** Whether Sextant's new tab is shown or hands over to the browser's own. */
  setNewTabEnabled: message<void>()({ from: 'page', input: USER_SETTINGS.newTabEnabled.schema }),
  /**
   * Sent by the popup to a tab's relay content script (not the background): the origin of the page
   * in that tab. Chromium shows a tab's URL only with host access or a toolbar click's activeTab
   * grant; the relay runs on every page and knows its own origin either way.
   */
  pageOrigin: message<string>()({ from: 'page', input: none }),
  /**
   * A page's unawaited work failed: kept in the local "Recent errors" list, never sent anywhere. A
   * storage problem the page met (its own database connection blocked, closed or failing) is named
   * by its key, so the list words it like the background's own.
   */
  reportError: message<void>()({
    from: ['page', 'sidebar'],
    input: z.object({ where: z.string().min(1).max(100), message: z.string().max(500), problem: z.enum(STORAGE_PROBLEMS).optional() }),
  }),
  /** The site check: open to content scripts too, since it answers from the catalog and the phishing list, never from history. */
  checkSite: message<SiteVerdict>()({ from: ['page', 'content'], input: siteCheckRequestSchema }),
  /** The sidebar content script (top frame) asks how to draw the sidebar; the background reads the site from the sender. */
  sidebarLayout: message<SidebarLayout>()({ from: 'content', input: none }),
  /** Background to a tab's sidebar content script: draw the sidebar this way now. */
  applySidebarLayout: message<void>()({ from: 'background', input: sidebarLayoutSchema }),
  /** The sidebar page asks what to show; the site is the one the background recorded for the sender's tab, never one the page names. */
  sidebarContext: message<SidebarContext>()({ from: 'sidebar', input: none }),
  /** The sidebar page reads through the background: a frame inside a web page gets partitioned storage, not Sextant's database. */
  sidebarActions: message<SiteAction[]>()({ from: 'sidebar', input: none }),
  sidebarRecommendations: message<{ stored: StoredRecommendations | null; liked: string[] }>()({ from: 'sidebar', input: none }),
  /** Background to a tab's frames: this tab's site has new activity; the sidebar page in it asks again. */
  sidebarChanged: message<void>()({ from: 'background', input: z.number().int() }),
  /** The sidebar page opens or collapses itself; remembered per site. */
  setSidebarExpanded: message<void>()({ from: 'sidebar', input: z.boolean() }),
  /** The sidebar page turns itself off on its site. */
  hideSidebarHere: message<void>()({ from: 'sidebar', input: none }),
  /** Settings: the sidebar off everywhere or on one site. */
  setSidebar: message<void>()({ from: 'page', input: sidebarChangeSchema }),
} as const;

export type MessageName = keyof typeof MESSAGES;
export type MessageInput<K extends MessageName> = z.input<(typeof MESSAGES)[K]['input']>;
export type ParsedInput<K extends MessageName> = z.output<(typeof MESSAGES)[K]['input']>;
export type MessageOutput<K extends MessageName> = (typeof MESSAGES)[K] extends MessageSpec<z.ZodType, infer O> ? O : never;

/** The protocol map @webext-core/messaging types senders with, derived from MESSAGES. */
export type ProtocolMap = { [K in MessageName]: (data: MessageInput<K>) => MessageOutput<K> };
