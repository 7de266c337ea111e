import type { Outcome } from './outcome';

/** One recorded wallet action, as stored and as exported. */
export interface ActivityEvent {
  /** Stable id from the observer, so an outcome can find its request. */
  uid: string;
  /** Milliseconds since the epoch, by the extension's clock (see event-time.ts). */
  time: number;
  /** The page's own claim of when it asked, kept only as data; absent when it was not a date. */
  pageTime?: number;
  /** Page origin stamped by the extension, or null when not tied to a page. */
  origin: string | null;
  chainId: number | null;
  method: string;
  params: unknown[];
  outcome: Outcome;
  source: 'page' | 'import';
}
