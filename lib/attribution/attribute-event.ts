import { contractKey, dappForOrigin, type CatalogLookup } from '../catalog/catalog-lookup';
import type { Dapp } from '../catalog/dapp-schema';
import type { DecodedAction } from '../decode/decoded-action';
import { callTargets } from './call-targets';
import { isRevoke, isRevokeTool } from './revoke-tool';
import { typedDataDapp } from './typed-data-dapp';

export interface Attribution {
  dappId: string | null;
  via: 'contract' | 'typed-data' | 'origin' | null;
}

// A plain transfer says nothing about which dApp was used, whatever token it moves.
const PLAIN = new Set<DecodedAction['kind']>(['transfer', 'send-native']);

/**
 * Which dApp an event belongs to: the contract it calls (per chain), then for a signature its
 * typed-data domain (see typedDataDapp), then the page origin (exact host or a subdomain of an
 * official origin), then none. A contract several dApps share goes to the page's dApp when that is
 * one of them, else to the page's dApp by origin, else to the most popular owner. A revoke made on
 * a revoke tool's page is the tool's, not the dApp whose approval was revoked.
 */
export function attributeEvent(
  lookup: CatalogLookup,
  event: { method: string; params: unknown[]; chainId: number | null; origin: string | null },
  action: DecodedAction,
): Attribution {
  const page = dappForOrigin(lookup, event.origin);
  if (page && isRevokeTool(page) && isRevoke(action)) return { dappId: page.id, via: 'origin' };
  if (!PLAIN.has(action.kind)) {
    for (const target of callTargets(event, action)) {
      const owners = lookup.byContract.get(contractKey(target.chainId, target.address));
      if (!owners?.length) continue;
      if (owners.length === 1) return { dappId: owners[0]!.id, via: 'contract' };
      if (page && owners.includes(page)) return { dappId: page.id, via: 'contract' };
      if (page) return { dappId: page.id, via: 'origin' };
      return { dappId: mostPopular(owners).id, via: 'contract' };
    }
    if (event.method.startsWith('eth_signTypedData')) {
      const signed = typedDataDapp(lookup, event.params, page);
      if (signed) return { dappId: signed.id, via: 'typed-data' };
    }
  }
  return page ? { dappId: page.id, via: 'origin' } : { dappId: null, via: null };
}

function mostPopular(dapps: readonly Dapp[]): Dapp {
  return dapps.reduce((best, d) => (d.popularity > best.popularity ? d : best));
}
