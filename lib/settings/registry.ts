import { DEFAULT_MODEL_ID } from '../embedding/default-model';
import { halfLifeSchema } from '../messaging/half-life-schema';
import { modelIdSchema } from '../embedding/model-id-schema';
import { DEFAULT_HALF_LIFE_DAYS } from '../profile/action-weights';
import { feedbackSchema, noFeedback } from '../ranking/feedback';
import { sidebarSettingsSchema } from '../sidebar/sidebar-settings-schema';
import { loggedErrorSchema, MAX_LOGGED_ERRORS } from '../storage/logged-error-schema';
import { modelStatusSchema } from '../storage/model-status';
import { storedProfileSchema, storedRecommendationsSchema } from '../storage/recommendation-state';
import { z } from '../zod';
import { catalogRefreshSchema } from './catalog-refresh-schema';
import { consideredChainsSchema, type ConsideredChains } from './chains-schema';
import { defineSetting } from './define-setting';
import { asStored, keepValidFields } from './legacy-rows';
import { pauseSchema } from './pause-schema';

const noPause = () => ({ global: false, origins: [] });
const sidebarEverywhere = () => ({ off: false, offOrigins: [], expandedOrigins: [] });
const noRefresh = () => ({ enabled: false, url: '' });

/**
 * Every row of the settings table, declared once: its key, schema, initial value and version.
 * Everything that reads or writes a row goes through these (read-setting.ts, write-setting.ts).
 * The user's own settings come first: they are what an export carries, under these names. Version 1
 * of each is the shape its rows had before rows carried a version, and `migrate` reads those rows
 * (version 0) the way the hand-written readers of that time did.
 */
export const USER_SETTINGS = {
  feedback: defineSetting({ key: 'feedback', kind: 'user', version: 1, schema: feedbackSchema, initial: noFeedback, migrate: keepValidFields(feedbackSchema, noFeedback) }),
  pause: defineSetting({ key: 'pause', kind: 'user', version: 1, schema: pauseSchema, initial: noPause, migrate: keepValidFields(pauseSchema, noPause) }),
  halfLifeDays: defineSetting({ key: 'half-life-days', kind: 'user', version: 1, schema: halfLifeSchema, initial: () => DEFAULT_HALF_LIFE_DAYS, migrate: asStored }),
  modelId: defineSetting({ key: 'model', kind: 'user', version: 1, schema: modelIdSchema, initial: () => DEFAULT_MODEL_ID, migrate: asStored }),
  catalogRefresh: defineSetting({ key: 'catalog-refresh', kind: 'user', version: 1, schema: catalogRefreshSchema, initial: noRefresh, migrate: keepValidFields(catalogRefreshSchema, noRefresh) }),
  newTabEnabled: defineSetting({ key: 'newtab-enabled', kind: 'user', version: 1, schema: z.boolean(), initial: () => true, migrate: asStored }),
  sidebar: defineSetting({ key: 'sidebar', kind: 'user', version: 1, schema: sidebarSettingsSchema, initial: sidebarEverywhere, migrate: keepValidFields(sidebarSettingsSchema, sidebarEverywhere) }),
  /** New with versions: no row of it predates them. */
  chains: defineSetting({ key: 'chains', kind: 'user', version: 1, schema: consideredChainsSchema, initial: (): ConsideredChains => 'all' }),
};

export const SETTINGS = {
  ...USER_SETTINGS,
  recentErrors: defineSetting({ key: 'recent-errors', kind: 'local', version: 1, schema: z.array(loggedErrorSchema).max(MAX_LOGGED_ERRORS), initial: () => [], migrate: asStored }),
  /** Set by a v3 schema upgrade that ran without the decoder; the background then finishes it (enrich-missing.ts). */
  needsEnrichment: defineSetting({ key: 'needs-enrichment', kind: 'local', version: 1, schema: z.boolean(), initial: () => false, migrate: asStored }),
  // Derived rows: raise the version whenever what computes them changes (the profile's weights,
  // the ranking or what a stored recommendation holds), and every stored copy is rebuilt.
  profile: defineSetting({ key: 'profile', kind: 'derived', version: 1, schema: storedProfileSchema.nullable(), initial: () => null }),
  recommendations: defineSetting({ key: 'recommendations', kind: 'derived', version: 1, schema: storedRecommendationsSchema.nullable(), initial: () => null }),
  modelStatus: defineSetting({ key: 'model-status', kind: 'derived', version: 1, schema: modelStatusSchema.nullable(), initial: () => null }),
};

export type SettingName = keyof typeof SETTINGS;
export type UserSettingName = keyof typeof USER_SETTINGS;
