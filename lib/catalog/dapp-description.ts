import type { Dapp } from './dapp-schema';
import descriptionsId from './data/descriptions-id.json';

const INDONESIAN: Readonly<Record<string, string>> = descriptionsId;

/**
 * A dApp's description in the UI's language: Indonesian when the locale is Indonesian and the
 * bundled catalog has a translation (imported dApps do not), English otherwise.
 */
export function dappDescription(dapp: Pick<Dapp, 'id' | 'description'>, locale: string | undefined): string {
  const indonesian = locale?.toLowerCase().startsWith('id') ? INDONESIAN[dapp.id] : undefined;
  return indonesian ?? dapp.description;
}
