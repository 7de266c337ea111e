import type { Dapp } from '../catalog/dapp-schema';
import type { VectorIndex } from '../embedding/vector-index';
import type { Profile } from '../profile/profile';
import { profileInterests, type Interest } from '../profile/profile-interests';
import { profileWeights, type ProfileWeights } from '../profile/profile-weights';
import type { Feedback } from './feedback';
import { interestVector } from './interest-vector';
import type { RankingWeights } from './ranking-weights';

/** Step 1 of ranking: what the user is interested in, what to steer away from, and what not to show. */
export interface UserInterest {
  weights: ProfileWeights;
  /** The user's interests by category, largest first. */
  interests: Interest[];
  /** Unit vector of the used, already-used and liked dApps (and a described query); null with nothing to go on. */
  vector: Float32Array | null;
  /** Mean of the vectors of the dApps marked "not interested"; null when there are none. */
  avoid: Float32Array | null;
  /** Used (or marked used), touched and "not interested" dApps: never recommended. */
  excluded: ReadonlySet<string>;
  /** 1 with no history, falling towards 0 as events accumulate. */
  newness: number;
}

export interface InterestInput {
  index: VectorIndex;
  profile: Profile;
  feedback: Feedback;
  query?: { text: string; vector: Float32Array };
  dappOf: (id: string) => Dapp | undefined;
}

export function userInterest(input: InterestInput, W: RankingWeights): UserInterest {
  const { index, profile, feedback } = input;
  const weights = profileWeights(profile);
  const topUse = Math.max(0, ...Object.values(weights.dapps));
  const used = new Map(Object.entries(weights.dapps));
  for (const id of feedback.alreadyUse) if (!used.has(id)) used.set(id, topUse || 1);
  const extra = feedback.liked.flatMap((id) => {
    const v = index.vector(id);
    return v ? [{ vector: v, weight: W.likedWeight * (topUse || 1) }] : [];
  });
  if (input.query) extra.push({ vector: input.query.vector, weight: Math.max(topUse, 1) });
  return {
    weights,
    interests: profileInterests(weights, input.dappOf),
    vector: interestVector(index, used, extra),
    avoid: meanVector(index, feedback.notInterested),
    excluded: new Set([...Object.keys(profile.dapps), ...profile.touched, ...feedback.alreadyUse, ...feedback.notInterested]),
    newness: Math.exp(-profile.events / W.newcomerEvents),
  };
}

function meanVector(index: VectorIndex, ids: readonly string[]): Float32Array | null {
  const vectors = ids.map((id) => index.vector(id)).filter((v): v is Float32Array => v !== undefined);
  if (!vectors.length) return null;
  const out = new Float32Array(index.dimensions);
  for (const v of vectors) for (let k = 0; k < v.length; k++) out[k]! += v[k]! / vectors.length;
  return out;
}
