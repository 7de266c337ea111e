import type { ActivityEvent } from '../activity/activity-event';
import type { Attribution } from '../attribution/attribute-event';
import type { DecodedAction } from '../decode/decoded-action';
import { z } from '../zod';

/** An event as the profile sees it: what it did and which dApp it belongs to. */
export interface EnrichedEvent extends Pick<ActivityEvent, 'time' | 'chainId' | 'outcome'>, Attribution {
  action: DecodedAction;
  /** Other dApps whose contracts the event touched (a token approved, a contract in a batch). */
  touched?: string[];
}

/** A recency-weighted sum in log2 space: -Infinity before anything was added (log-sum.ts). */
const logSum = z.custom<number>((v) => typeof v === 'number' && !Number.isNaN(v) && v !== Infinity);
const counts = z.record(z.string(), z.number().min(0));

export const dappUseSchema = z.object({
  /** log2 of the recency-weighted sum (see log-sum.ts). */
  log: logSum,
  count: z.number().int().min(0),
  firstUsed: z.number(),
  lastUsed: z.number(),
  /** How often each kind of action and each chain appeared: the evidence reasons quote. */
  actions: counts,
  chains: counts,
});

export type DappUse = z.infer<typeof dappUseSchema>;

/**
 * What a person's activity says about them, kept as recency-weighted sums so it can be updated
 * one event at a time and read at any moment.
 */
export const profileSchema = z.object({
  halfLifeDays: z.number().positive(),
  dapps: z.record(z.string(), dappUseSchema),
  categories: z.record(z.string(), logSum),
  chains: z.record(z.string(), logSum),
  events: z.number().int().min(0),
  lastEventTime: z.number().nullable(),
  /** dApps whose contracts (tokens included) the user touched without being attributed to them, e.g. holding stETH. */
  touched: z.array(z.string()),
});

export type Profile = z.infer<typeof profileSchema>;

export function emptyProfile(halfLifeDays: number): Profile {
  return { halfLifeDays, dapps: {}, categories: {}, chains: {}, events: 0, lastEventTime: null, touched: [] };
}
