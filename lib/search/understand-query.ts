import { findChainWords } from './chain-words';
import { translateQuery } from './indonesian/translate-query';

export interface UnderstoodQuery {
  /** English text for the model, without the words that named chains. */
  text: string;
  /** Chains the query named; results must be on all of them. */
  chains: number[];
  indonesian: boolean;
}

/** Chain words out first (they include Indonesian "di", "jaringan"), then the rest into English. */
export function understandQuery(query: string, dappNames: readonly string[]): UnderstoodQuery {
  const { chains, rest } = findChainWords(query, dappNames);
  const { text, indonesian } = translateQuery(rest);
  return { text, chains, indonesian };
}
