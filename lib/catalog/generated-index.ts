import { contractKey } from './contract-key';
import type { GeneratedRow } from './generated-contracts-schema';

/** Generated contracts indexed by `${chainId}:${lower-case address}`: the claiming dApp ids and the first label seen. */
export interface GeneratedIndex {
  owners: ReadonlyMap<string, readonly string[]>;
  labels: ReadonlyMap<string, string>;
}

/**
 * Indexes generated rows once, independent of any catalog: a catalog lookup layers it under its
 * hand-curated contracts instead of copying thousands of rows into its own maps on every build
 * (the background rebuilds its lookup after each catalog import).
 */
export function indexGenerated(rows: readonly GeneratedRow[]): GeneratedIndex {
  const owners = new Map<string, string[]>();
  const labels = new Map<string, string>();
  for (const [chainId, address, dappId, label] of rows) {
    const key = contractKey(chainId, address);
    const ids = owners.get(key);
    if (!ids) {
      owners.set(key, [dappId]);
      labels.set(key, label);
    } else if (!ids.includes(dappId)) ids.push(dappId);
  }
  return { owners, labels };
}

export const EMPTY_GENERATED_INDEX: GeneratedIndex = { owners: new Map(), labels: new Map() };
