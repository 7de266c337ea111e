import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './messages';

export type { PauseChange } from './pause-change-schema';
export type { ObservationBatch } from './observation-batch-schema';
export type { SearchRequest } from './search-request-schema';

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
