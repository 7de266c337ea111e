import type { ActivityEvent } from '../activity/activity-event';
import type { Attribution } from '../attribution/attribute-event';
import type { DecodedAction } from '../decode/decoded-action';

/** An event as the profile sees it: what it did and which dApp it belongs to. */
export interface EnrichedEvent extends Pick<ActivityEvent, 'time' | 'chainId' | 'outcome'>, Attribution {
  action: DecodedAction;
  /** Other dApps whose contracts the event touched (a token approved, a contract in a batch). */
  touched?: string[];
}

export interface DappUse {
  /** log2 of the recency-weighted sum (see log-sum.ts). */
  log: number;
  count: number;
  firstUsed: number;
  lastUsed: number;
  /** How often each kind of action and each chain appeared: the evidence reasons quote. */
  actions: Record<string, number>;
  chains: Record<string, number>;
}

/**
 * What a person's activity says about them, kept as recency-weighted sums so it can be updated
 * one event at a time and read at any moment.
 */
export interface Profile {
  halfLifeDays: number;
  dapps: Record<string, DappUse>;
  categories: Record<string, number>;
  chains: Record<string, number>;
  events: number;
  lastEventTime: number | null;
  /** dApps whose contracts (tokens included) the user touched without being attributed to them, e.g. holding stETH. */
  touched: string[];
}

export function emptyProfile(halfLifeDays: number): Profile {
  return { halfLifeDays, dapps: {}, categories: {}, chains: {}, events: 0, lastEventTime: null, touched: [] };
}
