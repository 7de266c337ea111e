import { CATEGORY_WORDS } from '../catalog/category-words';
import type { Dapp } from '../catalog/dapp-schema';

/** The text a model embeds for a dApp: what it is and what people do there. */
export function dappText(dapp: Dapp): string {
  const categories = [dapp.category, ...dapp.secondary].map((c) => CATEGORY_WORDS[c]).join('; ');
  return `${dapp.name}: ${dapp.description} ${categories}. ${dapp.tags.join(', ')}`;
}
