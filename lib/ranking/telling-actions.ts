import type { CategoryId } from '../catalog/categories';
import type { ActionKind } from '../decode/decoded-action';

/**
 * The actions that show someone does what a category is for: a lending pick is explained by
 * supplying or borrowing, not by a withdrawal or a vote. A category missing here (portfolio tools)
 * has no such action, and its picks cite the dApps used without a verb.
 */
export const TELLING_ACTIONS: Partial<Record<CategoryId, readonly ActionKind[]>> = {
  dex: ['swap', 'add-liquidity'],
  'dex-aggregator': ['swap'],
  lending: ['supply', 'borrow'],
  'liquid-staking': ['stake'],
  restaking: ['stake'],
  'cdp-stablecoin': ['borrow', 'mint', 'stake', 'supply'],
  yield: ['supply', 'stake', 'add-liquidity', 'lock'],
  perps: ['swap'],
  options: ['swap', 'mint'],
  bridge: ['bridge'],
  'nft-marketplace': ['buy-nft', 'list-nft'],
  'nft-mint': ['mint'],
  gaming: ['buy-nft', 'mint'],
  social: ['mint', 'register-name'],
  governance: ['vote', 'lock'],
  'prediction-market': ['swap'],
  naming: ['register-name'],
  payments: ['stream'],
  rwa: ['supply', 'swap'],
  'security-tools': ['create-wallet'],
  launchpad: ['mint', 'swap'],
};

/**
 * How the action reads for a pick of this category: a perps order or a bet is decoded as a swap but
 * is not one, and a deposit lends only in a lending market (in a vault or a savings rate it is a deposit).
 */
export function actionWording(category: CategoryId, action: ActionKind): string {
  if (action === 'supply') return category === 'lending' ? action : 'deposit';
  if (action !== 'swap') return action;
  return category === 'perps' || category === 'options' ? 'trade' : category === 'prediction-market' ? 'bet' : action;
}
