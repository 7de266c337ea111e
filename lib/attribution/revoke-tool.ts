import type { Dapp } from '../catalog/dapp-schema';
import type { DecodedAction } from '../decode/decoded-action';

/** A revoke: an approval set to zero (or an operator removed), alone or as every call of a batch. */
export function isRevoke(action: DecodedAction): boolean {
  if (action.revoke === true) return true;
  return (action.calls?.length ?? 0) > 0 && action.calls!.every((c) => c.revoke === true);
}

/** A dApp whose purpose is reviewing and revoking approvals (revoke.cash, De.Fi), by its catalog tags. */
export function isRevokeTool(dapp: Dapp): boolean {
  return dapp.category === 'security-tools' && (dapp.tags.includes('revoke') || dapp.tags.includes('approvals'));
}
