import type { ActivityItem } from '@/components/activity-groups';
import { describeEvent } from '@/lib/activity/describe-event';
import { chainName } from '@/lib/catalog/chains';
import type { StoredEvent } from '@/lib/storage/schema';
import type { useContractNames } from './use-contract-names';

/** How the pages name what an event touched: dApps by id, contracts by chain and address, amounts in the UI's locale. */
export interface Namers {
  dapp: (id: string) => string | null;
  contract: ReturnType<typeof useContractNames>;
  locale: string | undefined;
}

/** One stored event as the popup and the new tab list it: "Approve 2,500 USDC for Aave Pool". */
export function activityItem(e: StoredEvent, names: Namers): ActivityItem {
  return {
    key: e.uid,
    time: e.time,
    origin: e.origin,
    action: describeEvent(e, e.dappId ? names.dapp(e.dappId) : null, {
      spenderName: names.contract(e.chainId, e.action?.spender),
      locale: names.locale,
      imitatedName: e.site?.resembles ? names.dapp(e.site.resembles) : null,
    }),
    chain: e.chainId === null ? null : chainName(e.chainId),
    outcome: e.outcome,
  };
}
