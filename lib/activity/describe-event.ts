import { chainName } from '../catalog/chains';
import { parseChainId } from './hex';
import { methodKind } from './methods';
import type { ActivityEvent } from './activity-event';

/** A message key and its substitutions, so each locale words the action itself. */
export interface ActionText {
  key: string;
  subs: string[];
}

/** Says in plain terms what a recorded event was. */
export function describeEvent(event: Pick<ActivityEvent, 'method' | 'params'>): ActionText {
  const first = event.params[0] as Record<string, unknown> | undefined;
  switch (methodKind(event.method)) {
    case 'connect':
      return { key: 'actionConnect', subs: [] };
    case 'transaction':
      return event.method === 'wallet_sendCalls'
        ? { key: 'actionBatch', subs: [String(Array.isArray(first?.calls) ? first.calls.length : 0)] }
        : { key: 'actionTransaction', subs: [] };
    case 'signature': {
      const primaryType = typeof first?.primaryType === 'string' ? first.primaryType : null;
      return primaryType ? { key: 'actionSignTyped', subs: [primaryType] } : { key: 'actionSign', subs: [] };
    }
    case 'chain': {
      const id = parseChainId(first?.chainId);
      const chain = id === null ? '?' : chainName(id);
      return { key: event.method === 'wallet_addEthereumChain' ? 'actionAddChain' : 'actionSwitchChain', subs: [chain] };
    }
    case 'asset': {
      const options = first?.options as Record<string, unknown> | undefined;
      return { key: 'actionWatchAsset', subs: [typeof options?.symbol === 'string' ? options.symbol : '?'] };
    }
    default:
      return { key: 'actionOther', subs: [event.method] };
  }
}
