import { CATEGORIES } from '../catalog/categories';
import { profileSchema } from '../profile/profile';
import { recommendationSchema } from '../ranking/reason';
import { z } from '../zod';

/** A recommendation with what a page needs to show it, so pages need not load the catalog first. */
export const shownRecommendationSchema = recommendationSchema.extend({
  name: z.string(),
  url: z.string(),
  category: z.enum(CATEGORIES),
  /** The chains it runs on, for the cards' badges. */
  chains: z.array(z.number().int()),
  /** Names of the dApps its reasons mention, by id. */
  names: z.record(z.string(), z.string()),
});

export type ShownRecommendation = z.infer<typeof shownRecommendationSchema>;

/** The ranking as last computed, so pages show it at once. */
export const storedRecommendationsSchema = z.object({
  computedAt: z.number(),
  items: z.array(shownRecommendationSchema),
});

export type StoredRecommendations = z.infer<typeof storedRecommendationsSchema>;

/** The profile and the last event folded into it, so new events are added one by one. */
export const storedProfileSchema = z.object({
  profile: profileSchema,
  upToEventId: z.number().int().min(0),
});

export type StoredProfile = z.infer<typeof storedProfileSchema>;
