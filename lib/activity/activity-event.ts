import type { Outcome } from './outcome';

/** One recorded wallet action, as stored and as exported. */
export interface ActivityEvent {
  /** Stable id from the observer, so an outcome can find its request. */
  uid: string;
  /** Milliseconds since the epoch. */
  time: number;
  /** Page origin stamped by the extension, or null when not tied to a page. */
  origin: string | null;
  chainId: number | null;
  method: string;
  params: unknown[];
  outcome: Outcome;
  source: 'page' | 'import';
}
