import { contractKey, type CatalogLookup } from './catalog-lookup';

/**
 * A contract's name for people: its dApp and label ("Uniswap Permit2", "Aave Pool"), the label alone
 * when it already names the dApp, or null when the catalog does not know the contract. A contract
 * several dApps share (Permit2) is named for `preferredOwner` when that dApp is one of them.
 */
export function contractName(lookup: CatalogLookup, chainId: number, address: string, preferredOwner?: string): string | null {
  const key = contractKey(chainId, address);
  const owners = lookup.byContract.get(key) ?? [];
  const owner = owners.find((d) => d.id === preferredOwner) ?? owners[0];
  if (!owner) return null;
  const label = lookup.labels.get(key) ?? '';
  return label.toLowerCase().includes(owner.name.toLowerCase()) ? label : `${owner.name} ${label}`.trim();
}
