import type { CategoryId } from '../catalog/categories';
import { DEFAULT_HALF_LIFE_DAYS } from '../profile/action-weights';
import type { Profile } from '../profile/profile';
import { noFeedback, type Feedback } from '../ranking/feedback';
import type { Recommendation } from '../ranking/reason';
import type { SextantDb } from './schema';

/** A recommendation with what a page needs to show it, so pages need not load the catalog first. */
export interface ShownRecommendation extends Recommendation {
  name: string;
  url: string;
  category: CategoryId;
  /** The chains it runs on, for the cards' badges; absent in rankings stored before they were kept. */
  chains?: number[];
  /** Names of the dApps its reasons mention, by id. */
  names: Record<string, string>;
}

/** The ranking as last computed, so pages show it at once. */
export interface StoredRecommendations {
  computedAt: number;
  items: ShownRecommendation[];
  /** Ranked before the model was ready (a first personal list): the model's ranking follows. */
  refining?: boolean;
}

/** A list made of popular starter picks only: what a new user gets before any activity. */
export const isStarterList = (items: readonly ShownRecommendation[]) => items.every((r) => r.reasons.every((x) => x.type === 'popular' || x.type === 'starter'));

/** The profile and the last event folded into it, so new events are added one by one. */
export interface StoredProfile {
  profile: Profile;
  upToEventId: number;
}

// Only the background writes these rows, after validating what it was sent (lib/messaging
// schemas), so pages read them without loading a validator.

async function read<T>(db: SextantDb, key: string): Promise<T | undefined> {
  return (await db.settings.get(key))?.value as T | undefined;
}
const write = (db: SextantDb, key: string, value: unknown) => db.settings.put({ key, value });

/** The stored ranking, or null before the first one. */
export const readRecommendations = async (db: SextantDb) => (await read<StoredRecommendations>(db, 'recommendations')) ?? null;
export const writeRecommendations = (db: SextantDb, value: StoredRecommendations) => write(db, 'recommendations', value);
export const readStoredProfile = (db: SextantDb) => read<StoredProfile>(db, 'profile');
export const writeStoredProfile = (db: SextantDb, value: StoredProfile) => write(db, 'profile', value);

export const readFeedback = async (db: SextantDb): Promise<Feedback> => (await read<Feedback>(db, 'feedback')) ?? noFeedback();
export const writeFeedback = (db: SextantDb, value: Feedback) => write(db, 'feedback', value);

export const readHalfLife = async (db: SextantDb): Promise<number> => (await read<number>(db, 'half-life-days')) ?? DEFAULT_HALF_LIFE_DAYS;
export const writeHalfLife = (db: SextantDb, days: number) => write(db, 'half-life-days', days);
