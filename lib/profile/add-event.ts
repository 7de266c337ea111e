import type { CatalogLookup } from '../catalog/catalog-lookup';
import { ACTION_WEIGHTS, REJECTED_FACTOR } from './action-weights';
import { addLog } from './log-sum';
import type { EnrichedEvent, Profile } from './profile';

const DAY_MS = 86_400_000;
// A dApp's secondary categories count for part of its weight.
const SECONDARY_SHARE = 0.5;

/** Adds one event to the profile in place. Adding events in any order gives the same profile. */
export function addEvent(profile: Profile, lookup: CatalogLookup, event: EnrichedEvent): void {
  const halfLife = profile.halfLifeDays * DAY_MS;
  const weight = ACTION_WEIGHTS[event.action.kind] * (event.outcome.status === 'error' ? REJECTED_FACTOR : 1);
  profile.events++;
  profile.lastEventTime = Math.max(profile.lastEventTime ?? event.time, event.time);
  if (event.chainId !== null) profile.chains[event.chainId] = addLog(profile.chains[event.chainId] ?? -Infinity, weight, event.time, halfLife);

  for (const id of event.touched ?? []) if (id !== event.dappId && !profile.touched.includes(id)) profile.touched.push(id);
  const dapp = event.dappId ? lookup.byId.get(event.dappId) : undefined;
  if (!dapp) return;
  const use = profile.dapps[dapp.id];
  const kind = event.action.kind;
  profile.dapps[dapp.id] = {
    log: addLog(use?.log ?? -Infinity, weight, event.time, halfLife),
    count: (use?.count ?? 0) + 1,
    firstUsed: Math.min(use?.firstUsed ?? event.time, event.time),
    lastUsed: Math.max(use?.lastUsed ?? event.time, event.time),
    actions: { ...use?.actions, [kind]: (use?.actions[kind] ?? 0) + 1 },
    chains: event.chainId === null ? { ...use?.chains } : { ...use?.chains, [event.chainId]: (use?.chains[event.chainId] ?? 0) + 1 },
  };
  profile.categories[dapp.category] = addLog(profile.categories[dapp.category] ?? -Infinity, weight, event.time, halfLife);
  for (const c of dapp.secondary) profile.categories[c] = addLog(profile.categories[c] ?? -Infinity, weight * SECONDARY_SHARE, event.time, halfLife);
}
