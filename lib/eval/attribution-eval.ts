import { enrichEvent } from '../attribution/enrich-event';
import type { CatalogLookup } from '../catalog/catalog-lookup';
import { caseEvent, type HeldOut } from './attribution-held-out';

export interface AttributionMiss {
  id: string;
  chainId: number;
  role: string;
  expected: string | null;
  got: string | null;
}

export interface AttributionScores {
  /** Contracts attributed to their true dApp. */
  contracts: { total: number; correct: number; accuracy: number };
  /** Events of no dApp left unattributed. */
  noDapp: { total: number; correct: number; rate: number };
  /** Both kinds together. */
  overall: { total: number; correct: number; accuracy: number };
  misses: AttributionMiss[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** Scores attribution on one split of the held-out set with the given catalog lookup. */
export function evaluateAttribution(lookup: CatalogLookup, set: HeldOut, split: 'dev' | 'test'): AttributionScores {
  const misses: AttributionMiss[] = [];
  let contractsRight = 0;
  let noDappRight = 0;
  const contracts = set.contracts.filter((c) => c.split === split);
  const noDapp = set.noDapp.filter((c) => c.split === split);
  for (const c of [...contracts, ...noDapp]) {
    const got = enrichEvent(lookup, caseEvent(c)).dappId;
    if (got === c.dappId) {
      if (c.dappId === null) noDappRight++;
      else contractsRight++;
    } else misses.push({ id: c.id, chainId: c.chainId, role: `${c.dappId ?? 'no dApp'}: ${c.role}`, expected: c.dappId, got });
  }
  const total = contracts.length + noDapp.length;
  return {
    contracts: { total: contracts.length, correct: contractsRight, accuracy: ratio(contractsRight, contracts.length) },
    noDapp: { total: noDapp.length, correct: noDappRight, rate: ratio(noDappRight, noDapp.length) },
    overall: { total, correct: contractsRight + noDappRight, accuracy: ratio(contractsRight + noDappRight, total) },
    misses,
  };
}
