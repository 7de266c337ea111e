import type { Outcome } from '../activity/outcome';

/**
 * The MAIN-world observer reports to the isolated-world relay with DOM CustomEvents carrying a JSON
 * string: strings cross the world boundary intact, and unlike window.postMessage the events reach
 * no page `message` handler. The page can dispatch the same event, so the relay treats it as untrusted.
 */
export const PAGE_EVENT = 'sextant:observation';

export type PageObservation =
  | { type: 'request'; uid: string; time: number; method: string; params: unknown[]; chainId: number | null }
  | { type: 'outcome'; uid: string; outcome: Outcome };

export function postPageObservation(doc: Document, observation: PageObservation): void {
  doc.dispatchEvent(new CustomEvent(PAGE_EVENT, { detail: JSON.stringify(observation) }));
}
