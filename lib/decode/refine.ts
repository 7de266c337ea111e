import type { ActionKind } from './decoded-action';

type Refiner = (named: Record<string, unknown>) => ActionKind | undefined;

const positive = (value: unknown): boolean => typeof value === 'bigint' && value > 0n;

/**
 * Functions whose arguments, not their name, say what they did. Keyed by canonical signature; a
 * refiner returns undefined to keep the kind from the family table.
 */
const REFINERS: ReadonlyMap<string, Refiner> = new Map<string, Refiner>([
  // Liquity adjustTrove: a debt change borrows or repays; otherwise collateral goes out or (with ETH sent) in.
  [
    'adjustTrove(uint256,uint256,uint256,bool,address,address)',
    (named) => {
      if (positive(named.LUSDChange)) return named.isDebtIncrease === true ? 'borrow' : 'repay';
      return positive(named.collWithdrawal) ? 'withdraw' : 'supply';
    },
  ],
  // Aave's collateral switch: turning it on commits the supply as collateral, turning it off takes it back.
  ['setUserUseReserveAsCollateral(address,bool)', (named) => (named.useAsCollateral === false ? 'withdraw' : undefined)],
]);

/** The kind of a decoded call, re-read from its arguments where the function alone cannot tell. */
export function refineKind(signature: string, named: Record<string, unknown>, kind: ActionKind): ActionKind {
  return REFINERS.get(signature)?.(named) ?? kind;
}
