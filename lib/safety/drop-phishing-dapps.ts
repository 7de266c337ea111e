import type { Dapp } from '../catalog/dapp-schema';
import { bundledPhishingList, type PhishingList } from './phishing-list';

export interface PhishingDappDrop {
  dapps: Dapp[];
  /** Ids of entries left out because their main origin is on the phishing list. */
  dropped: string[];
  /** Other origins on the list, taken off entries that were kept. */
  origins: string[];
}

/**
 * Keeps listed sites out of the catalog, so one is never recommended or called known. An entry
 * whose main origin (the one recommendations link to) is listed goes; a listed secondary origin is
 * only taken off its entry, because the bundled list is a snapshot and can hold a domain a project
 * has since taken over (1inch.dev, now 1inch's developer portal).
 */
export function dropPhishingDapps(dapps: readonly Dapp[], list: PhishingList = bundledPhishingList()): PhishingDappDrop {
  const kept: Dapp[] = [];
  const dropped: string[] = [];
  const origins: string[] = [];
  for (const dapp of dapps) {
    const listed = dapp.origins.filter((o) => list.check(new URL(o).hostname) === 'blocked');
    if (listed.length === 0) kept.push(dapp);
    else if (listed.includes(dapp.origins[0]!)) dropped.push(dapp.id);
    else {
      origins.push(...listed);
      kept.push({ ...dapp, origins: dapp.origins.filter((o) => !listed.includes(o)) });
    }
  }
  return { dapps: kept, dropped, origins };
}
