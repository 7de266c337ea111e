import type { SearchQuery } from './eval-data';

/** The query sets search is reported on, each within one split. */
export const SEARCH_SETS = {
  /** English queries with no special kind (the original set and the new English ones). */
  english: (q: SearchQuery) => q.lang === 'en' && q.kind === undefined,
  indonesian: (q: SearchQuery) => q.lang === 'id' && q.kind !== 'off-topic',
  /** The two halves of the Indonesian–English pairs: the same intents and labels in each language. */
  pairedEnglish: (q: SearchQuery) => q.pair !== undefined && q.lang === 'en',
  pairedIndonesian: (q: SearchQuery) => q.pair !== undefined && q.lang === 'id',
  chainWords: (q: SearchQuery) => q.kind === 'chain-word',
  typos: (q: SearchQuery) => q.kind === 'typo',
  /** Every query a dApp answers. */
  answerable: (q: SearchQuery) => q.kind !== 'off-topic',
} as const;

export type SearchSetName = keyof typeof SEARCH_SETS;
