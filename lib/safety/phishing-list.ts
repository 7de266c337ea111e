import data from './data/phishing-list.json';
import type { PhishingListData } from './compact-phishing-list';

export interface PhishingList {
  /** `blocked` when the host or a parent of it is on the list and none is on its allowlist. */
  check(hostname: string): 'blocked' | 'allowed' | null;
  /** True when the host or a parent of it is on the allowlist (checked before the blocklist, as the source package does). */
  allows(hostname: string): boolean;
}

function parents(hostname: string): string[] {
  const out: string[] = [];
  for (let h = hostname; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) out.push(h);
  return out;
}

export function createPhishingList(list: Pick<PhishingListData, 'blocked' | 'allowed'>): PhishingList {
  const blocked = new Set(list.blocked);
  const allowed = new Set(list.allowed);
  const allows = (hostname: string) => parents(hostname).some((h) => allowed.has(h));
  return {
    allows,
    check(hostname) {
      if (allows(hostname)) return 'allowed';
      return parents(hostname).some((h) => blocked.has(h)) ? 'blocked' : null;
    },
  };
}

let bundled: PhishingList | undefined;

/** The list generated from eth-phishing-detect at build time (scripts/safety/generate-safety-data.ts); its test proves it matches the installed package. */
export function bundledPhishingList(): PhishingList {
  return (bundled ??= createPhishingList(data as PhishingListData));
}
