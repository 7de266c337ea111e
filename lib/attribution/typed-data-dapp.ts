import type { CatalogLookup } from '../catalog/catalog-lookup';
import type { Dapp } from '../catalog/dapp-schema';
import { findTypedData } from '../decode/decode-event';
import { lowerAddress, record } from '../decode/unknown-values';

/** Protocols that name themselves in the EIP-712 domain (lower-case name → dApp). */
const BY_DOMAIN_NAME: Readonly<Record<string, string>> = {
  'gnosis protocol': 'cow-swap',
  '1inch aggregation router': '1inch',
  '1inch limit order protocol': '1inch',
  snapshot: 'snapshot',
  zeroex: 'matcha',
  'blur exchange': 'blur',
  looksrareprotocol: 'looksrare',
  seaport: 'opensea',
  permit2: 'uniswap',
};

/** Types only one protocol signs, whatever the domain says (a Safe's domain has no name at all). */
const BY_PRIMARY_TYPE: Readonly<Record<string, string>> = { SafeTx: 'safe', SafeMessage: 'safe', OrderComponents: 'opensea', BulkOrder: 'opensea' };

/** Seaport and Permit2 serve many frontends: they name the dApp only when the page is none of the catalog's. */
const SHARED = new Set(['opensea', 'uniswap']);

const byAddressCache = new WeakMap<CatalogLookup, Map<string, Set<Dapp>>>();

/** Every dApp claiming an address on any chain (deployments at one address on many chains). */
function ownersOnAnyChain(lookup: CatalogLookup, address: string): ReadonlySet<Dapp> {
  let index = byAddressCache.get(lookup);
  if (!index) {
    index = new Map();
    for (const [key, owners] of lookup.byContract) {
      const a = key.slice(key.indexOf(':') + 1);
      const set = index.get(a) ?? new Set<Dapp>();
      for (const d of owners) set.add(d);
      index.set(a, set);
    }
    byAddressCache.set(lookup, index);
  }
  return index.get(address) ?? new Set();
}

/**
 * The dApp a typed-data signature is for when its verifying contract is not in the catalog on that
 * chain: the same contract on another chain (one owner only), else the domain's name or the primary
 * type. `pageDapp` is the page's own dApp, which shared protocols defer to.
 */
export function typedDataDapp(lookup: CatalogLookup, params: readonly unknown[], pageDapp: Dapp | null): Dapp | null {
  const typed = record(findTypedData(params));
  const domain = record(typed.domain);
  const verifying = lowerAddress(domain.verifyingContract);
  if (verifying) {
    const owners = ownersOnAnyChain(lookup, verifying);
    if (owners.size === 1) {
      const [owner] = owners;
      if (!(pageDapp && SHARED.has(owner!.id))) return owner!;
    }
  }
  const name = typeof domain.name === 'string' ? domain.name.trim().toLowerCase() : '';
  const id = BY_DOMAIN_NAME[name] ?? (typeof typed.primaryType === 'string' ? BY_PRIMARY_TYPE[typed.primaryType] : undefined);
  if (!id || (pageDapp && SHARED.has(id))) return null;
  return lookup.byId.get(id) ?? null;
}
