import { contractKey, type CatalogLookup } from '../catalog/catalog-lookup';
import type { DecodedAction } from '../decode/decoded-action';
import { callTargets } from './call-targets';

/**
 * Every dApp whose contract the event touched, tokens included (approving stETH means holding
 * stETH, so Lido is in use even when the approval is attributed to the spender).
 */
export function touchedDapps(lookup: CatalogLookup, event: { method: string; params: unknown[]; chainId: number | null }, action: DecodedAction): string[] {
  const ids = new Set<string>();
  for (const target of callTargets(event, action, { approvalsBySpender: false })) {
    for (const d of lookup.byContract.get(contractKey(target.chainId, target.address)) ?? []) ids.add(d.id);
  }
  return [...ids].sort();
}
