import { contractKey, type CatalogLookup } from './catalog-lookup';

/**
 * A contract's name for people: its dApp and label ("Uniswap Permit2", "Aave Pool"), the label alone
 * when it already names the dApp, or null when the catalog does not know the contract.
 */
export function contractName(lookup: CatalogLookup, chainId: number, address: string): string | null {
  const key = contractKey(chainId, address);
  const owner = lookup.byContract.get(key)?.[0];
  if (!owner) return null;
  const label = lookup.labels.get(key) ?? '';
  return label.toLowerCase().includes(owner.name.toLowerCase()) ? label : `${owner.name} ${label}`.trim();
}
