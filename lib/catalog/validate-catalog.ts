import type { z } from '../zod';
import { dappSchema, type Dapp } from './dapp-schema';
import { contractKey } from './catalog-lookup';

export interface CatalogProblem {
  id: string;
  message: string;
}

export type CatalogValidation = { ok: true; dapps: Dapp[] } | { ok: false; dapps: Dapp[]; problems: CatalogProblem[] };

function issues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/**
 * Checks each entry's shape, then what only the whole catalog can tell: unique ids, and no origin
 * or contract claimed by two dApps unless both entries mark the contract as shared.
 */
export function validateCatalog(input: readonly unknown[]): CatalogValidation {
  const problems: CatalogProblem[] = [];
  const dapps: Dapp[] = [];
  input.forEach((raw, index) => {
    const parsed = dappSchema.safeParse(raw);
    const id = (raw as { id?: unknown } | null)?.id;
    if (parsed.success) dapps.push(parsed.data);
    else for (const message of issues(parsed.error)) problems.push({ id: typeof id === 'string' ? id : `#${index}`, message });
  });

  const ids = new Set<string>();
  const origins = new Map<string, string>();
  const contracts = new Map<string, { id: string; shared: boolean }>();
  for (const dapp of dapps) {
    if (ids.has(dapp.id)) problems.push({ id: dapp.id, message: 'duplicate id' });
    ids.add(dapp.id);
    for (const origin of new Set(dapp.origins)) {
      const owner = origins.get(origin);
      if (owner) problems.push({ id: dapp.id, message: `origin ${origin} is already claimed by ${owner}` });
      else origins.set(origin, dapp.id);
    }
    const seenHere = new Set<string>();
    for (const c of dapp.contracts) {
      const key = contractKey(c.chainId, c.address);
      if (seenHere.has(key)) problems.push({ id: dapp.id, message: `contract ${c.address} on chain ${c.chainId} is listed twice` });
      seenHere.add(key);
      const owner = contracts.get(key);
      if (owner && owner.id !== dapp.id && !(owner.shared && c.shared)) {
        problems.push({ id: dapp.id, message: `contract ${c.address} on chain ${c.chainId} is already claimed by ${owner.id} (mark it shared in both if it really serves both)` });
      }
      if (!owner) contracts.set(key, { id: dapp.id, shared: c.shared === true });
    }
  }
  return problems.length === 0 ? { ok: true, dapps } : { ok: false, dapps, problems };
}
