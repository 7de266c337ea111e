import { describe, expect, it } from 'vitest';
import type { Dapp } from '../catalog/dapp-schema';
import { profileInterests } from './profile-interests';

const dapp = (id: string, category: Dapp['category']): Dapp => ({ id, name: id, origins: [`https://${id}.example`], description: 'x'.repeat(30), category, secondary: [], tags: [], chains: [1], contracts: [], popularity: 3 });
const byId = new Map([dapp('lido', 'liquid-staking'), dapp('rocket', 'liquid-staking'), dapp('across', 'bridge'), dapp('ens', 'naming')].map((d) => [d.id, d]));

describe('profileInterests', () => {
  it('groups used dApps by their category, largest share first, and drops the faint ones', () => {
    const interests = profileInterests({ dapps: { across: 0.3, lido: 0.25, rocket: 0.4, ens: 0.05 }, categories: {}, chains: {} }, (id) => byId.get(id));
    expect(interests.map((i) => i.category)).toEqual(['liquid-staking', 'bridge']);
    expect(interests[0]!.dapps).toEqual(['rocket', 'lido']);
    expect(interests[0]!.share).toBeCloseTo(0.65);
  });
});
