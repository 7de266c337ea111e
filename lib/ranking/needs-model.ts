import type { Profile } from '../profile/profile';
import type { Feedback } from './feedback';

/**
 * Whether a ranking for this person uses the model's vectors. They only compare dApps with what the
 * person did, liked or turned down: with no activity and no such feedback, popularity and the
 * starter categories rank alone, so a first run's starter list need not wait for the model to load
 * and embed the catalog.
 */
export function needsModel(profile: Profile, feedback: Feedback): boolean {
  return profile.events > 0 || feedback.liked.length > 0 || feedback.notInterested.length > 0 || feedback.alreadyUse.length > 0;
}
