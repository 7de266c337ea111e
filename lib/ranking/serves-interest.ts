import type { Dapp } from '../catalog/dapp-schema';

/** Whether a dApp does what an interest is about: its own category, or one of its secondary ones. */
export const servesInterest = (dapp: Dapp, category: string): boolean => dapp.category === category || dapp.secondary.includes(category as Dapp['category']);
