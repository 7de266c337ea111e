import { z } from '../zod';
import { DEFAULT_HALF_LIFE_DAYS } from '../profile/action-weights';
import type { Profile } from '../profile/profile';
import { noFeedback, type Feedback } from '../ranking/feedback';
import type { Recommendation } from '../ranking/reason';
import type { SextantDb } from './schema';

/** The ranking as last computed, so pages show it at once. */
export interface StoredRecommendations {
  computedAt: number;
  items: Recommendation[];
}

/** The profile and the last event folded into it, so new events are added one by one. */
export interface StoredProfile {
  profile: Profile;
  upToEventId: number;
}

const feedbackSchema = z.object({
  liked: z.array(z.string().max(80)).max(2000),
  notInterested: z.array(z.string().max(80)).max(2000),
  alreadyUse: z.array(z.string().max(80)).max(2000),
  hiddenCategories: z.array(z.string().max(40)).max(40),
});
export const halfLifeSchema = z.number().int().min(1).max(3650);

async function read<T>(db: SextantDb, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}
const write = (db: SextantDb, key: string, value: unknown) => db.settings.put({ key, value });

/** The stored ranking, or null before the first one. */
export const readRecommendations = async (db: SextantDb) => (await read<StoredRecommendations>(db, 'recommendations')) ?? null;
export const writeRecommendations = (db: SextantDb, value: StoredRecommendations) => write(db, 'recommendations', value);
export const readStoredProfile = (db: SextantDb) => read<StoredProfile>(db, 'profile');
export const writeStoredProfile = (db: SextantDb, value: StoredProfile) => write(db, 'profile', value);

/** Feedback as stored; anything malformed reads as none rather than breaking the ranking. */
export async function readFeedback(db: SextantDb): Promise<Feedback> {
  const parsed = feedbackSchema.safeParse(await read(db, 'feedback'));
  return parsed.success ? parsed.data : noFeedback();
}
export const writeFeedback = (db: SextantDb, value: Feedback) => write(db, 'feedback', feedbackSchema.parse(value));

export async function readHalfLife(db: SextantDb): Promise<number> {
  const parsed = halfLifeSchema.safeParse(await read(db, 'half-life-days'));
  return parsed.success ? parsed.data : DEFAULT_HALF_LIFE_DAYS;
}
export const writeHalfLife = (db: SextantDb, days: number) => write(db, 'half-life-days', halfLifeSchema.parse(days));
