/** Why an observation or imported event was not stored. Counted, never silent. */
export const DROP_REASONS = [
  'too-large',
  'malformed-json',
  'invalid-shape',
  'rate-limited',
  'queue-full',
  'origin-mismatch',
  'unsupported-origin',
  'paused',
  'unknown-request',
  // The relay split a batch the browser would not deliver until this observation failed alone.
  'undeliverable',
  // A site's or the whole store's share of events is full (see storage-budget.ts).
  'over-budget',
  // Sent again after the background stopped before answering; the first copy was kept.
  'duplicate',
  // A wallet on the page could not be watched without changing what the page sees (a frozen provider,
  // a read-only method): counted once per wallet per page, and its actions are not recorded.
  'unwatchable-wallet',
] as const;

export type DropReason = (typeof DROP_REASONS)[number];
export type DropCounts = Partial<Record<DropReason, number>>;

/** Reasons the page-world observer counts itself instead of sending (see lib/observer/observe-request.ts). */
export const OBSERVER_DROP_REASONS = ['rate-limited', 'unwatchable-wallet', 'invalid-shape'] as const satisfies readonly DropReason[];
