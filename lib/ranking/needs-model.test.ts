import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../catalog/bundled-catalog';
import { VectorIndex } from '../embedding/vector-index';
import { emptyProfile } from '../profile/profile';
import { applyFeedback, noFeedback } from './feedback';
import { needsModel } from './needs-model';
import { rankDapps } from './rank-dapps';

describe('needsModel', () => {
  it('is false for a new user, with or without hidden categories', () => {
    expect(needsModel(emptyProfile(60), noFeedback())).toBe(false);
    expect(needsModel(emptyProfile(60), applyFeedback(noFeedback(), { kind: 'hide-category', category: 'lending' }))).toBe(false);
  });

  it('is true once there is activity or feedback about a dApp', () => {
    expect(needsModel({ ...emptyProfile(60), events: 1 }, noFeedback())).toBe(true);
    for (const kind of ['like', 'not-interested', 'already-use'] as const) {
      expect(needsModel(emptyProfile(60), applyFeedback(noFeedback(), { kind, dappId: 'aave' }))).toBe(true);
    }
  });

  it('lets a new user get a diverse starter list from the catalog alone', () => {
    const { dapps } = bundledCatalog();
    const picks = rankDapps({ dapps, index: new VectorIndex([], [], 0), profile: emptyProfile(60), feedback: noFeedback(), top: 10 });
    expect(picks).toHaveLength(10);
    expect(picks.every((p) => p.reasons.length > 0 && p.reasons.every((r) => r.type === 'starter' || r.type === 'popular'))).toBe(true);
    const firstFive = picks.slice(0, 5).map((p) => dapps.find((d) => d.id === p.id)!.category);
    expect(new Set(firstFive).size).toBe(5);
  });
});
