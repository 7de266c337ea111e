import type { Dapp } from './dapp-schema';
import { chainName } from './chains';

/** The chains a catalog covers, each with how many of its dApps run there: most first, then by name. */
export function catalogChains(dapps: readonly Dapp[]): { chainId: number; dapps: number }[] {
  const counts = new Map<number, number>();
  for (const d of dapps) for (const c of d.chains) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts]
    .map(([chainId, n]) => ({ chainId, dapps: n }))
    .sort((a, b) => b.dapps - a.dapps || chainName(a.chainId).localeCompare(chainName(b.chainId)));
}
