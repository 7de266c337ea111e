import { CATEGORIES } from '../catalog/categories';
import { halfLifeSchema } from '../messaging/half-life-schema';
import { catalogRefreshSchema } from '../storage/catalog-refresh-setting';
import { z } from '../zod';
import { isWebOrigin } from './is-web-origin';

const dappId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80);
const ids = z.array(dappId).max(10_000);

export const feedbackSchema = z.object({
  liked: ids,
  notInterested: ids,
  alreadyUse: ids,
  hiddenCategories: z.array(z.enum(CATEGORIES)).max(CATEGORIES.length),
});

export const pauseSchema = z.object({
  global: z.boolean(),
  origins: z.array(z.string().max(2048).refine(isWebOrigin)).max(10_000),
});

/**
 * Everything besides events that the user owns: what they told Sextant and how they set it up.
 * Derived rows (profile, ranking, embeddings, model progress) are rebuilt, never exported.
 * Each part is optional so a file edited by hand may carry only some.
 */
export const userDataSchema = z.object({
  feedback: feedbackSchema.optional(),
  pause: pauseSchema.optional(),
  halfLifeDays: halfLifeSchema.optional(),
  modelId: z.string().regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)?$/).max(200).optional(),
  catalogRefresh: catalogRefreshSchema.optional(),
  /** dApps the user imported into the catalog; validated as a catalog when restored. */
  catalogImports: z.array(z.unknown()).max(20_000).optional(),
});

export type UserData = z.infer<typeof userDataSchema>;
