import type { Dapp } from '../catalog/dapp-schema';
import { parseWebHost } from './registrable-domain';
import { skeleton } from './skeleton';

/** A name a catalog dApp is known by, as it appears in its domains. */
export interface Brand {
  dappId: string;
  /** ASCII name: a registrable domain's name (`uniswap`) or the dApp's name squashed (`sushiswap`). */
  name: string;
  skeleton: string;
  /** A common word or three letters or fewer: on its own, weak evidence of imitation. */
  weak: boolean;
  /** Public suffixes of the dApp's official domains (`org` for Uniswap). */
  suffixes: ReadonlySet<string>;
  /** The dApp's official registrable domains (`uniswap.org`). */
  domains: readonly string[];
}

const MIN_NAME = 3;

/** Every brand name of every dApp, longest first so the most specific match wins; a name two dApps share stays with the first. */
export function buildBrands(dapps: readonly Dapp[], words: ReadonlySet<string>): Brand[] {
  const byName = new Map<string, Brand>();
  for (const dapp of dapps) {
    const hosts = dapp.origins.map((o) => parseWebHost(o)).filter((h) => h?.domain && h.name);
    const domains = [...new Set(hosts.map((h) => h!.domain!))];
    const suffixes = new Set(domains.map((d) => d.slice(d.indexOf('.') + 1)));
    const names = new Set(hosts.map((h) => h!.name!.split('.').pop()!));
    const squashed = dapp.name.toLowerCase().replace(/[^a-z0-9]/g, '');
    if (squashed.length >= 5) names.add(squashed);
    for (const name of names) {
      if (name.length < MIN_NAME || byName.has(name)) continue;
      byName.set(name, { dappId: dapp.id, name, skeleton: skeleton(name), weak: name.length <= 3 || words.has(name), suffixes, domains });
    }
  }
  return [...byName.values()].sort((a, b) => b.name.length - a.name.length);
}
